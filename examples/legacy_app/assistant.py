"""Answers support tickets with GPT-3 and finds similar past tickets by embedding."""

import openai

from settings import COMPLETION_MODEL, EMBEDDING_MODEL, MAX_TOKENS, openai_api_key

openai.api_key = openai_api_key


def answer(ticket: str) -> str:
    """Draft a reply to a support ticket."""
    resp = openai.Completion.create(
        model=COMPLETION_MODEL,
        prompt=f"Reply politely to this support ticket:\n\n{ticket}\n\nReply:",
        max_tokens=MAX_TOKENS,
        temperature=0.3,
    )
    return resp["choices"][0]["text"].strip()


def summarize(ticket: str) -> str:
    resp = openai.Completion.create(
        engine="text-davinci-003",  # engine= was the 0.x way to name the model
        prompt="Summarize in one line: " + ticket,
        max_tokens=60,
    )
    return resp["choices"][0]["text"].strip()


def embed(texts):
    result = openai.Embedding.create(model=EMBEDDING_MODEL, input=texts)
    return [item["embedding"] for item in result["data"]]


def describe_screenshot(url: str) -> str:
    resp = openai.ChatCompletion.create(
        model="gpt-4-vision-preview",
        messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]}],
        max_tokens=300,
    )
    return resp["choices"][0]["message"]["content"]
