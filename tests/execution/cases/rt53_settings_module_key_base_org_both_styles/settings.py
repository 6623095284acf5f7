import os

import openai

API_KEY = os.environ["OPENAI_API_KEY"]
API_BASE = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")
ORG = os.environ.get("OPENAI_ORG_ID")

openai.api_key = API_KEY
openai.api_base = API_BASE
openai.organization = ORG

CHAT_MODEL = "gpt-3.5-turbo"
