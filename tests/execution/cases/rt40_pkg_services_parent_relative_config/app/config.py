SUMMARY_MODEL = "gpt-3.5-turbo"
SUMMARY_MAX_TOKENS = 8
EMBEDDING_MODEL = "text-embedding-ada-002"
