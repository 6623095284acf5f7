import vertexai
from vertexai.language_models import TextEmbeddingInput, TextEmbeddingModel

vertexai.init(project="acme-search", location="us-central1")

model = TextEmbeddingModel.from_pretrained("textembedding-gecko@003")

docs = ["How to brew green tea", "How to change a bike tyre"]
inputs = [TextEmbeddingInput(text=d, task_type="RETRIEVAL_DOCUMENT") for d in docs]
embeddings = model.get_embeddings(inputs)

for doc, emb in zip(docs, embeddings):
    print(doc, [round(v, 3) for v in emb.values[:3]])
