"""Project settings: read once from the environment when imported."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
openai.api_base = os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1")
openai.organization = os.getenv("OPENAI_ORGANIZATION")

MODEL_NAME = "gpt-3.5-turbo"
