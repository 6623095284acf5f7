import functools
import operator

import openai

embed = functools.partial(openai.Embedding.create, model="text-embedding-ada-002")

DOCS = ["cats purr", "dogs bark", "the stock market fell"]
QUERY = "kittens"


def cosine(a, b):
    dot = functools.reduce(operator.add, map(operator.mul, a, b), 0.0)
    norm = lambda v: sum(x * x for x in v) ** 0.5
    return dot / (norm(a) * norm(b))


if __name__ == "__main__":
    responses = list(map(lambda t: embed(input=t), DOCS + [QUERY]))
    vectors = [r["data"][0]["embedding"] for r in responses]
    *doc_vectors, query_vector = vectors
    scored = sorted(
        zip(DOCS, doc_vectors),
        key=lambda pair: cosine(query_vector, pair[1]),
        reverse=True,
    )
    for doc, vec in scored:
        print(f"{cosine(query_vector, vec):.4f} {doc}")
    print("tokens:", sum(r.usage.total_tokens for r in responses))
