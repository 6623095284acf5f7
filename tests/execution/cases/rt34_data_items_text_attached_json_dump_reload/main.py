import json
import math
import os
import tempfile

import openai

CHUNKS = [
    "Tokyo is the capital of Japan.",
    "Mount Fuji is the highest mountain in Japan.",
    "Sushi is a traditional Japanese dish.",
    "Kyoto has many historic temples.",
]

cache_path = os.path.join(tempfile.gettempdir(), f"rt34_index_{os.getpid()}.json")

response = openai.Embedding.create(input=CHUNKS, model="text-embedding-ada-002")
items = response["data"]
for item in items:
    item["text"] = CHUNKS[item["index"]]
with open(cache_path, "w") as f:
    json.dump(items, f)
print("saved", len(items), "items")

with open(cache_path) as f:
    index = json.load(f)
os.remove(cache_path)


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


for question in ["Mount Fuji is the highest mountain in Japan.", "Kyoto has many historic temples."]:
    q = openai.Embedding.create(input=question, model="text-embedding-ada-002")["data"][0]["embedding"]
    ranked = sorted(index, key=lambda row: cosine(q, row["embedding"]), reverse=True)
    print(question, "->", [row["text"] for row in ranked[:2]])
