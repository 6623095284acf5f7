import openai

from . import settings


def embed(text):
    result = openai.Embedding.create(model=settings.EMBED_MODEL, input=text)
    return result["data"][0]["embedding"]


def ask(question, context):
    result = openai.ChatCompletion.create(
        model=settings.CHAT_MODEL,
        messages=[
            {"role": "system", "content": f"Use this context: {context}"},
            {"role": "user", "content": question},
        ],
    )
    return result["choices"][0]["message"]["content"]
