from .base import Provider


class EmbeddingProvider(Provider):
    model = "text-embedding-ada-002"

    def embed(self, texts):
        result = self.openai.Embedding.create(model=self.model, input=texts)
        return [item["embedding"] for item in result["data"]]
