import vertexai
from vertexai.language_models import TextEmbeddingModel

vertexai.init(project="demo-project", location="us-central1")
embedder = TextEmbeddingModel.from_pretrained("textembedding-gecko@001")


def embed(texts):
    embeddings = embedder.get_embeddings(texts)
    return [embedding.values for embedding in embeddings]


vectors = embed(["first document", "second document"])
print(len(vectors), [round(sum(v), 3) for v in vectors])
print(embedder.get_embeddings(["query"], auto_truncate=False)[0].values[:3])
