import os
from enum import Enum
from typing import Final

import openai


class ChatModel(str, Enum):
    FAST = "gpt-3.5-turbo"
    SMART = "gpt-4"

    @property
    def label(self) -> str:
        return self.name.lower()


MAX_REPLY_WORDS: Final[dict[ChatModel, int]] = {ChatModel.FAST: 4, ChatModel.SMART: 7}


def selected_model() -> ChatModel:
    return ChatModel(os.environ.get("CHAT_MODEL", "gpt-3.5-turbo"))


def ask(question: str, model: ChatModel) -> str:
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=MAX_REPLY_WORDS[model],
    )
    choice = response.choices[0]
    return f"[{model.label}/{choice.finish_reason}] {choice.message.content}"


if __name__ == "__main__":
    model = selected_model()
    print(ask("name three prime numbers below twenty please", model))
    print(ask("name three prime numbers below twenty please", ChatModel.SMART))
