from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import openai

if TYPE_CHECKING:
    from openai.openai_object import OpenAIObject

MODEL = "gpt-3.5-turbo-0613"


def request(prompt: str, system: Optional[str] = None) -> OpenAIObject:
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    return openai.ChatCompletion.create(model=MODEL, messages=messages)


def text_of(resp: OpenAIObject) -> str:
    return resp["choices"][0]["message"]["content"]


def tokens_of(resp: OpenAIObject) -> int:
    return resp.usage.total_tokens
