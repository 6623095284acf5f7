class Config:
    OPENAI_MODEL = "gpt-3.5-turbo"
    TEMPERATURE = 0
    MAX_TOKENS = 12
    CHUNK_WORDS = 8
