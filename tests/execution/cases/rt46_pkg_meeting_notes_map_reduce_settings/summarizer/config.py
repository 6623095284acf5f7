import os


class Settings:
    """Read once at startup; every value can be overridden from the environment."""

    def __init__(self):
        self.openai_api_key = os.environ.get("OPENAI_API_KEY", "")
        self.chunk_tokens = int(os.environ.get("CHUNK_TOKENS", "40"))
        self.summary_tokens = int(os.environ.get("SUMMARY_TOKENS", "30"))


settings = Settings()
