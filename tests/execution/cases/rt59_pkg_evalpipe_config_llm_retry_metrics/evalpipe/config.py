import os

MODEL = os.environ.get("EVAL_MODEL", "gpt-3.5-turbo")
TEMPERATURE = 0
MAX_RETRIES = 4
SYSTEM_PROMPT = "You are a calculator. Answer with the number only."
