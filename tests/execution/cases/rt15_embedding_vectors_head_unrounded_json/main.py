import json
import os
import tempfile

import openai

SENTENCES = ["The quick brown fox.", "Lorem ipsum dolor sit amet."]

resp = openai.Embedding.create(model="text-embedding-ada-002", input=SENTENCES)
store = {s: d["embedding"] for s, d in zip(SENTENCES, resp["data"])}

path = os.path.join(tempfile.mkdtemp(), "vectors.json")
with open(path, "w") as f:
    json.dump(store, f)
with open(path) as f:
    loaded = json.load(f)

for sentence, vec in loaded.items():
    print(sentence, len(vec), vec[:3])
a, b = loaded.values()
print("dot:", sum(x * y for x, y in zip(a, b)))
