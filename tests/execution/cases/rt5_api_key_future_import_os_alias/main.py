"""Startup banner for a small summarizer (2023)."""
from __future__ import annotations

import os as _os
import sys

import openai

MODEL = _os.getenv("SUMMARY_MODEL", "gpt-3.5-turbo")


def banner() -> str:
    key = openai.api_key
    if not key:
        return "no key configured"
    return f"key {key[:5]}... via {'a local' if '127.0.0.1' in openai.api_base else 'the public'} API"


def summarize(text: str) -> str:
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(banner(), file=sys.stdout)
    print(summarize("The quick brown fox jumps over the lazy dog."))
