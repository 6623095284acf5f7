import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

CHAT_DEPLOYMENT = "chat"
