import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_CHAT_MODEL = "gpt-3.5-turbo"
DEFAULT_EMBEDDING_MODEL = "text-embedding-ada-002"
