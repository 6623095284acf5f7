"""Compat shim: openai<1 (module functions) and openai>=1 (client object)."""
from __future__ import annotations

import openai

import settings

_V1 = not openai.__version__.startswith("0.")
_client = openai.OpenAI() if _V1 else None


def chat(messages: list[dict], model: str = settings.CHAT_MODEL) -> str:
    if _client is not None:
        resp = _client.chat.completions.create(model=model, messages=messages,
                                               max_tokens=settings.MAX_TOKENS)
        return resp.choices[0].message.content
    resp = openai.ChatCompletion.create(model=model, messages=messages,
                                        max_tokens=settings.MAX_TOKENS)
    return resp["choices"][0]["message"]["content"]


def embed(texts: list[str]) -> list[list[float]]:
    if _client is not None:
        resp = _client.embeddings.create(model=settings.EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]
    resp = openai.Embedding.create(model=settings.EMBED_MODEL, input=texts)
    return [d["embedding"] for d in resp["data"]]
