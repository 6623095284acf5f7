import vertexai
from vertexai.language_models import TextEmbeddingInput, TextEmbeddingModel

vertexai.init(project="demo-project", location="us-central1")


def embed_texts(texts, task="RETRIEVAL_DOCUMENT"):
    model = TextEmbeddingModel.from_pretrained("textembedding-gecko@003")
    inputs = [TextEmbeddingInput(text, task) for text in texts]
    embeddings = model.get_embeddings(inputs)
    return [embedding.values for embedding in embeddings]


vectors = embed_texts(["apples are red", "the sky is blue"])
print(len(vectors), len(vectors[0]))
print([round(v, 3) for v in vectors[1][:3]])
query = embed_texts(["what colour is the sky"], task="RETRIEVAL_QUERY")[0]
print(round(sum(a * b for a, b in zip(query, vectors[1])), 4))
