import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"
TEMPERATURE = 0.3
MAX_TOKENS = 60
SYSTEM_PROMPT = "You are a terse assistant."
