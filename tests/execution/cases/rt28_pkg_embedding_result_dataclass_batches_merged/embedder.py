import openai

from results import EmbeddingResult


class Embedder:
    def __init__(self, model="text-embedding-ada-002", batch_size=2):
        self.model = model
        self.batch_size = batch_size

    def embed(self, texts):
        parts = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start:start + self.batch_size]
            response = openai.Embedding.create(model=self.model, input=batch)
            parts.append(EmbeddingResult.from_response(response))
        return EmbeddingResult.merge(parts)
