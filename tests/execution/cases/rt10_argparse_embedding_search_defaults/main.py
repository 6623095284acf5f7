import argparse
import math

import openai

CORPUS = [
    "Python is a programming language.",
    "The python is a large snake.",
    "Java is an island in Indonesia.",
    "Rust is a systems programming language.",
]


def get_args():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="text-embedding-ada-002")
    p.add_argument("--top-k", type=int, default=2)
    p.add_argument("--query", default="Which languages are used for programming?")
    return p.parse_args()


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    )


def main():
    args = get_args()
    doc_resp = openai.Embedding.create(input=CORPUS, engine=args.model)
    doc_vecs = [d.embedding for d in doc_resp.data]
    query_vec = openai.Embedding.create(input=[args.query], engine=args.model)["data"][0]["embedding"]
    ranked = sorted(zip(CORPUS, doc_vecs), key=lambda pair: cosine(query_vec, pair[1]), reverse=True)
    for doc, vec in ranked[: args.top_k]:
        print(f"{cosine(query_vec, vec):.4f}  {doc}")


if __name__ == "__main__":
    main()
