import os


class Config:
    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    MODEL = "gpt-3.5-turbo"
    MAX_TOKENS = 150
    EMBEDDING_MODEL = "text-embedding-ada-002"
