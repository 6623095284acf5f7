import openai

EMBEDDING_ENGINE = "text-embedding-ada-002"


class BatchEmbedder:
    """Embeds texts a few at a time (the API caps the inputs of one request)."""

    def __init__(self, engine=EMBEDDING_ENGINE, batch_size=3):
        self.engine = engine
        self.batch_size = batch_size
        self.requests = 0
        self.tokens = 0

    def embed(self, texts):
        vectors = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start:start + self.batch_size]
            response = openai.Embedding.create(input=batch, engine=self.engine)
            self.requests += 1
            self.tokens += response["usage"]["total_tokens"]
            for item in sorted(response["data"], key=lambda d: d["index"]):
                vectors.append(list(item["embedding"]))
        return vectors

    def embed_one(self, text):
        return self.embed([text])[0]
