import os
from dataclasses import dataclass

import openai


@dataclass
class Settings:
    api_key: str = os.environ.get("OPENAI_API_KEY", "")
    model: str = os.environ.get("OPENAI_MODEL", "gpt-3.5-turbo")
    embedding_model: str = "text-embedding-ada-002"
    timeout: float = 15.0


settings = Settings()
openai.api_key = settings.api_key


def embed(text):
    response = openai.Embedding.create(
        model=settings.embedding_model, input=text, request_timeout=settings.timeout
    )
    return response["data"][0]["embedding"]


def chat(text):
    response = openai.ChatCompletion.create(
        model=settings.model,
        messages=[{"role": "user", "content": text}],
        request_timeout=settings.timeout,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(len(embed("hello")))
    print(chat("Recommend a board game for two"))
