from search import top_k
from vectors import CachedEmbeddingLLM

DOCS = ["refund policy", "shipping times", "gift cards", "store locations"]
embedder = CachedEmbeddingLLM()
for query in ["where are you located", "how long does delivery take", "where are you located"]:
    print(query, "->", top_k(embedder, query, DOCS))
print("requests:", embedder.requests, "hits:", embedder.hits)
