import os


class Settings:
    """Every attribute can be overridden by an APP_<NAME> environment variable."""

    chat_model = "gpt-3.5-turbo"
    embedding_model = "text-embedding-ada-002"
    max_tokens = 24
    temperature = 0.0

    @classmethod
    def from_env(cls):
        settings = cls()
        for name, default in vars(cls).items():
            if name.startswith("_") or callable(default) or isinstance(default, classmethod):
                continue
            raw = os.environ.get(f"APP_{name.upper()}")
            if raw is not None:
                setattr(settings, name, type(default)(raw))
        return settings


settings = Settings.from_env()
