"""Model catalogue as a str Enum; the context table is keyed by member."""
from enum import Enum

import openai


class ChatModel(str, Enum):
    GPT35 = "gpt-3.5-turbo"
    GPT4 = "gpt-4"
    GPT4_0613 = "gpt-4-0613"


CONTEXT_WINDOW: dict[ChatModel, int] = {
    ChatModel.GPT35: 4096,
    ChatModel.GPT4: 8192,
    ChatModel.GPT4_0613: 8191,
}


def ask(model: ChatModel, question: str) -> str:
    response = openai.ChatCompletion.create(
        model=model.value,
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print("members:", [m.name for m in ChatModel])
    for model in ChatModel:
        budget = CONTEXT_WINDOW[model]
        print(f"{model.name:10} ctx={budget} -> {ask(model, f'budget {budget}')}")
