import openai

from config import Config

openai.api_key = Config.OPENAI_API_KEY


def answer(question):
    response = openai.ChatCompletion.create(
        model=Config.MODEL,
        messages=[{"role": "user", "content": question}],
        max_tokens=Config.MAX_TOKENS,
    )
    return response["choices"][0]["message"]["content"]


def vector(text):
    return openai.Embedding.create(model=Config.EMBEDDING_MODEL, input=text)["data"][0]["embedding"]
