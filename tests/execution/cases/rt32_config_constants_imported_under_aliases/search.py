import math

import openai

import config as cfg
from config import EMBEDDING_MODEL as EMB_MODEL


def embed(texts):
    resp = openai.Embedding.create(model=EMB_MODEL, input=texts)
    return [row["embedding"] for row in resp["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def answer(question, context):
    resp = openai.ChatCompletion.create(
        model=cfg.CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer using only the context."},
            {"role": "user", "content": f"Context: {context}\n\nQuestion: {question}"},
        ],
        temperature=cfg.TEMPERATURE,
        max_tokens=cfg.ANSWER_MAX_TOKENS,
    )
    return resp.choices[0].message.content
