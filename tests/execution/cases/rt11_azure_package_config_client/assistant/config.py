import os

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_API_KEY = os.environ["AZURE_OPENAI_API_KEY"]
AZURE_API_VERSION = "2023-05-15"
CHAT_DEPLOYMENT = "chat"
SYSTEM_PROMPT = "You are the HR assistant. Answer briefly."
