from typing import List

import openai
from openai.openai_object import OpenAIObject


def fetch(question: str) -> OpenAIObject:
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )


def texts(response: OpenAIObject) -> List[str]:
    return [choice["message"]["content"] for choice in response["choices"]]


if __name__ == "__main__":
    for text in texts(fetch("What is the capital of Peru?")):
        print(text)
