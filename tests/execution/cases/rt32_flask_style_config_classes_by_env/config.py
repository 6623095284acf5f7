import os


class Config:
    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    CHAT_MODEL = os.environ.get("CHAT_MODEL", "gpt-3.5-turbo")
    TEMPERATURE = 0.7
    MAX_TOKENS = 25


class DevelopmentConfig(Config):
    MAX_TOKENS = 6


class ProductionConfig(Config):
    TEMPERATURE = 0.2


config_by_name = {"development": DevelopmentConfig, "production": ProductionConfig}


def get_config():
    return config_by_name[os.environ.get("APP_ENV", "development")]
