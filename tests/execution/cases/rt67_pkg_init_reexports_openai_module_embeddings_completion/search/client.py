"""One place that configures the openai module for the whole package."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

EMBED_MODEL = "text-embedding-ada-002"
ANSWER_MODEL = "text-davinci-003"
