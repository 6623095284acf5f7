import os
import sys

from openai import ChatCompletion, Embedding
import openai


def embed(texts):
    data = Embedding.create(input=texts, engine="text-embedding-ada-002")["data"]
    return [d["embedding"] for d in data]


def answer(q):
    r = ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": q}], max_tokens=50)
    return r.choices[0].message.content


def main(argv):
    openai.api_key = os.getenv("OPENAI_API_KEY")
    vs = embed(argv or ["a", "b", "c"])
    print(len(vs), len(vs[0]))
    print(answer("Pick one: a, b or c"))


if __name__ == "__main__":
    main(sys.argv[1:])
