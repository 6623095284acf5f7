import openai


class Embedder:
    MODEL = "text-embedding-ada-002"
    DIMENSIONS = {"text-embedding-ada-002": 1536}

    def __init__(self, batch_size=2):
        self.batch_size = batch_size

    @property
    def dimension(self):
        return self.DIMENSIONS[self.MODEL]

    def embed(self, texts):
        vectors = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i:i + self.batch_size]
            response = openai.Embedding.create(model=self.MODEL, input=batch)
            vectors.extend(item["embedding"] for item in sorted(response["data"], key=lambda d: d["index"]))
        for v in vectors:
            assert len(v) == self.dimension
        return vectors


emb = Embedder()
vecs = emb.embed(["apple", "banana", "cherry"])
print(len(vecs), emb.dimension)
print([round(v[0], 4) for v in vecs])
