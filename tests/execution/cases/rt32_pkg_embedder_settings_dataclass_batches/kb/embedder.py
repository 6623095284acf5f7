import openai

from kb.settings import SETTINGS


class Embedder:
    def __init__(self, settings=SETTINGS):
        self.settings = settings

    def embed(self, texts):
        vectors = []
        size = self.settings.batch_size
        for start in range(0, len(texts), size):
            batch = texts[start:start + size]
            response = openai.Embedding.create(input=batch, model=self.settings.model)
            vectors.extend(item["embedding"] for item in response["data"])
        return vectors
