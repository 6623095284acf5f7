ALLOWED_CHAT_MODELS = frozenset({"gpt-3.5-turbo", "gpt-3.5-turbo-16k", "gpt-4"})
ALLOWED_EMBEDDING_MODELS = frozenset({"text-embedding-ada-002"})
