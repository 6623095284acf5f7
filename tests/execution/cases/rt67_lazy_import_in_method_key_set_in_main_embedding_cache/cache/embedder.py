import hashlib


class Embedder:
    model = "text-embedding-ada-002"

    def __init__(self):
        self._cache = {}
        self.requests = 0

    def _key(self, text):
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]

    def embed(self, texts):
        missing = [t for t in texts if self._key(t) not in self._cache]
        if missing:
            import openai  # only needed on a cache miss

            response = openai.Embedding.create(model=self.model, input=missing)
            self.requests += 1
            for text, item in zip(missing, response["data"]):
                self._cache[self._key(text)] = item["embedding"]
        return [self._cache[self._key(t)] for t in texts]
