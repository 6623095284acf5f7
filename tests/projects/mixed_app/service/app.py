"""The support assistant's service: settings from .env and config/settings.yaml."""

import os

import yaml
from openai import OpenAI

client = OpenAI()
SETTINGS = yaml.safe_load(open("config/settings.yaml"))
CHAT_MODEL = os.getenv("OPENAI_MODEL", "gpt-4-32k")
SUMMARY_MODEL = "text-davinci-003"


def draft_reply(ticket: str) -> str:
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": f"Draft a reply to: {ticket}"}],
    )
    return completion.choices[0].message.content


def summarize(ticket: str) -> str:
    response = client.completions.create(model=SUMMARY_MODEL, prompt=f"Summarize: {ticket}")
    return response.choices[0].text
