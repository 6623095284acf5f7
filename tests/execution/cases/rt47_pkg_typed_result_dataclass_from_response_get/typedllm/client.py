from typing import Optional

import openai

from .config import DEFAULT_MODEL
from .types import ChatResult


def complete(prompt: str, *, system: Optional[str] = None, model: str = DEFAULT_MODEL,
             max_tokens: int = 64) -> ChatResult:
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    response = openai.ChatCompletion.create(model=model, messages=messages,
                                            max_tokens=max_tokens)
    return ChatResult.from_response(response)
