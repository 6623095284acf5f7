"""Notebook-turned-script: use OPENAI_API_KEY, or fall back to a key file in the home folder."""
from pathlib import Path

import openai

if not openai.api_key:
    openai.api_key = (Path.home() / ".openai_key").read_text().strip()


def complete(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    return response["choices"][0]["message"]["content"]


print(complete("Say something short"))
