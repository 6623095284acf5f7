import os

import openai as oa

EMBEDDING_MODEL = "text-embedding-ada-002"
CHAT_MODEL = "gpt-3.5-turbo"


def configure(api_key=None):
    oa.api_key = api_key or os.environ["OPENAI_API_KEY"]


def embed(text):
    return oa.Embedding.create(model=EMBEDDING_MODEL, input=text)["data"][0]["embedding"]


def chat(prompt):
    reply = oa.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.choices[0].message.content
