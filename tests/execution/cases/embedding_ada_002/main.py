import math

import openai

MODEL = "text-embedding-ada-002"


def embed(text):
    return openai.Embedding.create(model=MODEL, input=text)["data"][0]["embedding"]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main():
    a = embed("the cat sat on the mat")
    b = embed("a cat was sitting on a mat")
    print(len(a))
    print(round(cosine(a, b), 4))


if __name__ == "__main__":
    main()
