"""Settings read once at start-up."""

import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY", "")
openai.organization = os.environ.get("OPENAI_ORG")

CHAT_MODEL = "gpt-3.5-turbo"
MAX_REPLY_TOKENS = 400
TIMEOUT_SECONDS = 30
