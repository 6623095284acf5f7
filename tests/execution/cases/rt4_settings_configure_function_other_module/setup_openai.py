import os

import openai


def configure():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    openai.api_base = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")
    openai.api_type = "open_ai"
    openai.api_version = None
