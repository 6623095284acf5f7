# Model catalog shown on our docs site (kept for historical pages).
MODELS = [
    {"id": "gpt-3.5-turbo", "family": "chat", "context": 4096, "price": 0.002},
    {"id": "gpt-4", "family": "chat", "context": 8192, "price": 0.06},
    {"id": "text-davinci-003", "family": "completion", "context": 4097, "price": 0.02},
    {"id": "text-embedding-ada-002", "family": "embedding", "context": 8191, "price": 0.0001},
]
