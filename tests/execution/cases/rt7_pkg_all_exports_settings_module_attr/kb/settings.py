EMBED_MODEL = "text-embedding-ada-002"
CHAT_MODEL = "gpt-4"
