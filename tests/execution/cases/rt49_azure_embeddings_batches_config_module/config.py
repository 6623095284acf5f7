import os

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_KEY = os.environ["AZURE_OPENAI_API_KEY"]
AZURE_API_VERSION = "2023-05-15"
EMBEDDING_DEPLOYMENT = "embeddings"
BATCH_SIZE = 4  # Azure accepted at most 16 inputs per request in 2023
