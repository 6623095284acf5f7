"""Shared by the old and the new code paths."""
CHAT_MODEL = "gpt-3.5-turbo"
EMBED_MODEL = "text-embedding-ada-002"
MAX_TOKENS = 64
