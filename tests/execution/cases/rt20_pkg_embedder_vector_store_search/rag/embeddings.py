import openai

EMBEDDING_MODEL = "text-embedding-ada-002"


class OpenAIEmbedder:
    def __init__(self, model=EMBEDDING_MODEL, batch_size=2):
        self.model = model
        self.batch_size = batch_size

    def embed_documents(self, texts):
        vectors = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start:start + self.batch_size]
            response = openai.Embedding.create(input=batch, model=self.model)
            vectors.extend(item["embedding"] for item in response["data"])
        return vectors

    def embed_query(self, text):
        return openai.Embedding.create(input=[text], model=self.model)["data"][0]["embedding"]
