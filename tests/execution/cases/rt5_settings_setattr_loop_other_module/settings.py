import os

import openai

OPENAI_SETTINGS = {
    "api_key": os.environ["OPENAI_API_KEY"],
    "organization": "org-acme-research",
}


def apply():
    for name, value in OPENAI_SETTINGS.items():
        setattr(openai, name, value)
