EMBEDDING_MODEL = "text-similarity-babbage-001"
BATCH_SIZE = 3
