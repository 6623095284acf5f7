"""A helper module of 2023 that imported the resources by name."""
import math

from openai import ChatCompletion, Embedding


def ask(question):
    resp = ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Answer briefly."},
                  {"role": "user", "content": question}],
    )
    return resp["choices"][0]["message"]["content"].strip()


def similarity(a, b):
    data = Embedding.create(model="text-embedding-ada-002", input=[a, b])["data"]
    x, y = data[0]["embedding"], data[1]["embedding"]
    dot = sum(p * q for p, q in zip(x, y))
    return dot / (math.sqrt(sum(p * p for p in x)) * math.sqrt(sum(q * q for q in y)))


if __name__ == "__main__":
    print(ask("What is the capital of France?"))
    print(round(similarity("cat", "cat"), 3))
