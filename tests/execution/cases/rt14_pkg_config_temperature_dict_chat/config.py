MODELS = {"chat": "gpt-3.5-turbo", "embedding": "text-embedding-ada-002"}
TEMPERATURE = {"chat": 0.2, "creative": 0.9}
