import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

CHAT_MODEL = "gpt-3.5-turbo"
TEMPERATURE = 0
