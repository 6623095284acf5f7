import math

import openai


def get_embedding(text, model="text-embedding-ada-002"):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]


def norm(v):
    return math.sqrt(sum(x * x for x in v))


def main():
    a = get_embedding("The quick brown fox\njumps over the lazy dog")
    b = get_embedding("The quick brown fox jumps over the lazy dog")
    print(len(a), round(norm(a), 3))
    print("same vector:", a == b)


if __name__ == "__main__":
    main()
