import os

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")
CHAT_MODEL = os.environ.get("CHAT_MODEL", "gpt-3.5-turbo")
TEMPERATURE = float(os.environ.get("TEMPERATURE", "0.3"))
MAX_TOKENS = int(os.environ.get("MAX_TOKENS", "200"))
REQUEST_TIMEOUT = float(os.environ.get("REQUEST_TIMEOUT", "30"))
SYSTEM_PROMPT = os.environ.get("SYSTEM_PROMPT", "You are a support agent for ACME Corp.")
