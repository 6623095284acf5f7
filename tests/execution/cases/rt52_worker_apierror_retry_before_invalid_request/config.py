import os

EMBED_MODEL = os.environ.get("EMBED_MODEL", "text-embedding-ada-002")
CLASSIFY_MODEL = os.environ.get("CLASSIFY_MODEL", "gpt-3.5-turbo")
MAX_ATTEMPTS = 3
