MODEL = "gpt-4"
MAX_TOKENS = 9
SYSTEM_PROMPT = "You are a terse assistant."
