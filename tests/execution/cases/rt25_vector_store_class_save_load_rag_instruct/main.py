import json
import math
import os
import tempfile

import openai


class TinyVectorStore:
    def __init__(self, model="text-embedding-ada-002"):
        self.model = model
        self.texts = []
        self.vectors = []

    def add(self, texts):
        res = openai.Embedding.create(input=texts, model=self.model)
        for item in sorted(res["data"], key=lambda x: x["index"]):
            self.vectors.append(item["embedding"])
        self.texts.extend(texts)

    def save(self, path):
        with open(path, "w") as fh:
            json.dump({"model": self.model, "texts": self.texts, "vectors": self.vectors}, fh)

    @classmethod
    def load(cls, path):
        with open(path) as fh:
            raw = json.load(fh)
        store = cls(raw["model"])
        store.texts, store.vectors = raw["texts"], raw["vectors"]
        return store

    def query(self, text, k=2):
        q = openai.Embedding.create(input=[text], model=self.model)["data"][0]["embedding"]
        qn = math.sqrt(sum(x * x for x in q))
        scored = []
        for t, v in zip(self.texts, self.vectors):
            vn = math.sqrt(sum(x * x for x in v))
            scored.append((sum(a * b for a, b in zip(q, v)) / (qn * vn), t))
        scored.sort(reverse=True)
        return scored[:k]


store = TinyVectorStore()
store.add(["Our office is closed on public holidays.", "Lunch is served from 12 to 2."])
store.add(["Parking is free for employees with a badge.", "The gym opens at 6 am."])
path = os.path.join(tempfile.mkdtemp(), "store.json")
store.save(path)

again = TinyVectorStore.load(path)
hits = again.query("Where can I park my car?")
for score, text in hits:
    print(f"{score:.3f} {text}")

context = "\n".join(text for _, text in hits)
prompt = f"Use the context to answer.\nContext:\n{context}\n\nQ: Where can I park my car?\nA:"
completion = openai.Completion.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=60, temperature=0)
print(completion.choices[0].text.strip())
