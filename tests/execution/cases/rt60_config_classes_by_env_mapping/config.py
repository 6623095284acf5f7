import os


class Config:
    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    COMPLETION_MODEL = "text-davinci-003"
    MAX_TOKENS = 40
    TEMPERATURE = 0.5


class DevelopmentConfig(Config):
    MAX_TOKENS = 16
    DEBUG = True


class ProductionConfig(Config):
    COMPLETION_MODEL = "text-davinci-003"
    TEMPERATURE = 0.2
    DEBUG = False


config_by_name = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
}
