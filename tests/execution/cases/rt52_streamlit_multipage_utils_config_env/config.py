import os

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "")
CHAT_MODEL = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")
EMBEDDING_MODEL = os.getenv("EMBEDDING_MODEL", "text-embedding-ada-002")
MAX_ANSWER_TOKENS = int(os.getenv("MAX_ANSWER_TOKENS", "12"))
SYSTEM_PROMPT = "You are a helpful study buddy. Answer briefly."
