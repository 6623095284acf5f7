from openai import OpenAI


class ClientEmbedder:
    model = "text-embedding-3-small"

    def __init__(self):
        self.client = OpenAI()

    def embed(self, texts):
        response = self.client.embeddings.create(model=self.model, input=texts)
        return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]
