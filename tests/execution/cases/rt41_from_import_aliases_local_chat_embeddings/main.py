"""FAQ bot: embeddings for retrieval, chat for the answer."""
import math
import time

from openai import ChatCompletion
from openai import Embedding as Emb
from openai.error import RateLimitError as RLE

FAQ = [
    "Our office is open Monday to Friday, 9am to 5pm.",
    "Refunds are processed within 14 days.",
    "Shipping is free for orders over 50 euros.",
]
embeddings = []
chat = []  # the running conversation


def embed(text):
    for _ in range(3):
        try:
            return Emb.create(input=[text], model="text-embedding-ada-002")["data"][0]["embedding"]
        except RLE:
            time.sleep(1)
    raise RuntimeError("rate limited")


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def answer(question):
    q = embed(question)
    best = max(range(len(FAQ)), key=lambda i: similarity(q, embeddings[i]))
    chat.append({"role": "user", "content": f"Context: {FAQ[best]}\n\nQuestion: {question}"})
    completion = ChatCompletion.create(model="gpt-3.5-turbo", messages=chat)
    reply = completion["choices"][0]["message"]["content"]
    chat.append({"role": "assistant", "content": reply})
    return best, reply


if __name__ == "__main__":
    embeddings.extend(embed(entry) for entry in FAQ)
    print(answer("When can I get my money back?"))
    print(answer("Do you charge for delivery?"))
    print(len(chat), len(embeddings))
