from enum import Enum

import openai


class ChatModel(str, Enum):
    FAST = "gpt-3.5-turbo"
    SMART = "gpt-4"


def ask(question, model=ChatModel.FAST):
    response = openai.ChatCompletion.create(
        model=model.value,
        messages=[{"role": "user", "content": question}],
    )
    return f"[{model.name}] {response['choices'][0]['message']['content']}"


if __name__ == "__main__":
    print(ask("What is a monad?"))
    print(ask("What is a functor?", ChatModel.SMART))
