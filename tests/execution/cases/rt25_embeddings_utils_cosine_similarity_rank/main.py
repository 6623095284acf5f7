import openai
from openai.embeddings_utils import cosine_similarity

MODEL = "text-embedding-ada-002"

products = [
    "Stainless steel water bottle, keeps drinks cold for 24 hours",
    "Wireless noise cancelling headphones with 30 hour battery",
    "Organic green tea, 50 bags",
    "Ergonomic office chair with lumbar support",
]

resp = openai.Embedding.create(input=products, model=MODEL)
product_vectors = [d["embedding"] for d in resp["data"]]

query = "something to drink"
q = openai.Embedding.create(input=query, model=MODEL)["data"][0]["embedding"]

scores = [cosine_similarity(q, v) for v in product_vectors]
ranked = sorted(zip(scores, products), reverse=True)
for score, name in ranked:
    print(f"{score:+.4f}  {name}")
print("best:", ranked[0][1])
