"""Settings for the assistant package."""
MODEL = "gpt-3.5-turbo"
MAX_TOKENS = 40
SYSTEM_PROMPT = "You are a concise travel assistant."
