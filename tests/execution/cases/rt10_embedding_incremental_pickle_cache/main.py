import os
import pickle
import tempfile

import openai

CACHE_FILE = os.path.join(tempfile.mkdtemp(), "embedding_cache.pkl")


def load():
    if not os.path.exists(CACHE_FILE):
        return {}
    with open(CACHE_FILE, "rb") as f:
        return pickle.load(f)


def get_embeddings(texts, engine="text-embedding-ada-002"):
    cache = load()
    todo = [t for t in texts if t not in cache]
    if todo:
        resp = openai.Embedding.create(input=todo, engine=engine)
        for i, text in enumerate(todo):
            cache[text] = resp.data[i].embedding
        with open(CACHE_FILE, "wb") as f:
            pickle.dump(cache, f)
    return [cache[t] for t in texts], len(todo)


corpus = ["red apple", "green pear"]
for new_text in (None, "yellow banana"):
    if new_text:
        corpus.append(new_text)
    vectors, fresh = get_embeddings(corpus)
    print(f"{len(vectors)} vectors ({fresh} new), dim {len(vectors[0])}, first={vectors[0][0]:.4f}")
