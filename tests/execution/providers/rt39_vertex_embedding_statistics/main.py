import vertexai
from vertexai.language_models import TextEmbeddingModel

vertexai.init(project="demo-project", location="us-central1")
model = TextEmbeddingModel.from_pretrained("textembedding-gecko@003")

texts = ["The cat sat on the mat.", "Stock markets fell sharply today."]
embeddings = model.get_embeddings(texts, output_dimensionality=4)
for text, embedding in zip(texts, embeddings):
    print(text)
    print("  dims:", len(embedding.values), "tokens:", embedding.statistics.token_count)
    print("  first:", round(embedding.values[0], 4))
