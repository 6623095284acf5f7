import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

if hasattr(openai, "OpenAI"):
    client = openai.OpenAI(api_key=openai.api_key)
else:
    client = None

COMPLETION_MODEL = "text-davinci-003"
CHAT_MODEL = "gpt-3.5-turbo"
