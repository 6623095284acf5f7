"""Offline token budgeting for prompts; never calls any API."""
from enum import Enum
from typing import Final


class ChatModel(str, Enum):
    GPT35_TURBO = "gpt-3.5-turbo"
    GPT4 = "gpt-4"
    GPT4_32K = "gpt-4-32k"


CONTEXT: Final[dict[ChatModel, int]] = {
    ChatModel.GPT35_TURBO: 4096,
    ChatModel.GPT4: 8192,
    ChatModel.GPT4_32K: 32768,
}


def estimate_tokens(text: str) -> int:
    return max(1, round(len(text) / 4))


def fits(model: ChatModel, prompt: str, reserve: int = 512) -> bool:
    return estimate_tokens(prompt) + reserve <= CONTEXT[model]
