import math

import vertexai
from vertexai.language_models import TextEmbeddingModel

vertexai.init(project="rag-demo", location="us-central1")
model = TextEmbeddingModel.from_pretrained("textembedding-gecko@003")

PASSAGES = {
    "refunds": "Refunds are issued within 14 days of the return being received.",
    "hours": "Support is available from 8am to 8pm on weekdays.",
    "shipping": "Standard shipping takes three to five business days.",
}


def cosine_similarity(u, v):
    dot = sum(a * b for a, b in zip(u, v))
    return dot / (math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v)))


vectors = {}
for key, passage in PASSAGES.items():
    vectors[key] = model.get_embeddings([passage])[0].values

query_vec = model.get_embeddings(["When will I get my money back?"])[0].values
best = max(vectors, key=lambda k: cosine_similarity(query_vec, vectors[k]))
print("best match:", best)
for key in sorted(vectors):
    print(key, round(cosine_similarity(query_vec, vectors[key]), 4))
