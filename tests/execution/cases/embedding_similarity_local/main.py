import math

import openai


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main():
    resp = openai.Embedding.create(input=["cat", "kitten", "car"], engine="text-embedding-ada-002")
    vectors = [item["embedding"] for item in resp["data"]]
    print(len(vectors), len(vectors[0]))
    print(round(cosine(vectors[0], vectors[0]), 3))


if __name__ == "__main__":
    main()
