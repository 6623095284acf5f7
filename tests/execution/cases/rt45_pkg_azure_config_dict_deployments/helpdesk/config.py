import os

AZURE = {
    "endpoint": os.environ["AZURE_OPENAI_ENDPOINT"],
    "api_key": os.environ["AZURE_OPENAI_API_KEY"],
    "api_version": "2023-05-15",
    "chat_deployment": "chat",
    "embedding_deployment": "embeddings",
}
