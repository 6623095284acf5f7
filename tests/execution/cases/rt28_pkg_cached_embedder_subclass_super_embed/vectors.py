import openai


class EmbeddingLLM:
    def __init__(self, model="text-embedding-ada-002"):
        self.model = model
        self.requests = 0

    def embed(self, texts):
        self.requests += 1
        resp = openai.Embedding.create(model=self.model, input=list(texts))
        return [d["embedding"] for d in resp["data"]]


class CachedEmbeddingLLM(EmbeddingLLM):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cache = {}
        self.hits = 0

    def embed(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for text, vector in zip(missing, super().embed(missing)):
                self._cache[text] = vector
        self.hits += len(texts) - len(missing)
        return [self._cache[t] for t in texts]
