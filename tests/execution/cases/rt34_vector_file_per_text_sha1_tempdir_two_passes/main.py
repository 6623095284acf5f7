import hashlib
import json
import math
import os
import tempfile

import openai

MODEL = "text-embedding-ada-002"


class EmbeddingCache:
    def __init__(self, folder):
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, text):
        return os.path.join(self.folder, hashlib.sha1(text.encode("utf-8")).hexdigest() + ".json")

    def get_many(self, texts):
        found, missing = {}, []
        for t in texts:
            p = self._path(t)
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    found[t] = json.load(f)["embedding"]
                self.hits += 1
            else:
                missing.append(t)
                self.misses += 1
        if missing:
            resp = openai.Embedding.create(input=missing, model=MODEL)
            for item in resp["data"]:
                text = missing[item["index"]]
                with open(self._path(text), "w", encoding="utf-8") as f:
                    json.dump({"text": text, "embedding": item["embedding"]}, f)
                found[text] = item["embedding"]
        return [found[t] for t in texts]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


TITLES = [
    "How to bake sourdough bread",
    "A beginner's guide to sourdough",
    "Fixing a flat bicycle tire",
    "Bicycle maintenance for commuters",
    "Growing tomatoes on a balcony",
]

with tempfile.TemporaryDirectory() as folder:
    cache = EmbeddingCache(folder)
    for pass_no in (1, 2):
        vectors = cache.get_many(TITLES)
        print(f"pass {pass_no}: hits={cache.hits} misses={cache.misses} files={len(os.listdir(folder))}")
    for i, title in enumerate(TITLES[:2]):
        others = [j for j in range(len(TITLES)) if j != i]
        nearest = max(others, key=lambda j: cosine(vectors[i], vectors[j]))
        print(f"{title!r} nearest: {TITLES[nearest]!r}")
