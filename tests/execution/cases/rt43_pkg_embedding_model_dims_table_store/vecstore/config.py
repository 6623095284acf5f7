EMBEDDING_MODEL = "text-embedding-ada-002"
FALLBACK_MODEL = "text-similarity-ada-001"
