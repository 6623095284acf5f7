import math
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# Generate three taglines, then embed them to see how different they are
response = openai.Completion.create(
    engine="text-davinci-003",
    prompt="Write a tagline for a bike repair shop",
    n=3,
    max_tokens=30,
    temperature=0.9,
)
for choice in response["choices"]:
    print(choice["index"], choice["text"].strip())

response = openai.Embedding.create(
    input=[choice["text"].strip() + f" #{choice['index']}" for choice in response["choices"]],
    model="text-embedding-ada-002",
)
vectors = [item["embedding"] for item in response["data"]]
print("vectors:", len(vectors), "x", len(vectors[0]))


def cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


print("0~1: %.4f" % cos(vectors[0], vectors[1]))
print("1~2: %.4f" % cos(vectors[1], vectors[2]))
