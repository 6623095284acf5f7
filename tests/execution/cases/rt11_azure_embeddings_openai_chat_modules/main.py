import os

import openai

from chat import reply
from embeddings import embed

openai.api_key = os.environ["OPENAI_API_KEY"]

NOTES = ["The wifi password is on the fridge.", "Trash goes out on Tuesdays."]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


if __name__ == "__main__":
    vectors = embed(NOTES)
    question = "When is trash day?"
    q = embed([question])[0]
    scores = [dot(q, v) for v in vectors]
    best = NOTES[scores.index(max(scores))]
    print("context:", best)
    print(reply(best, question))
