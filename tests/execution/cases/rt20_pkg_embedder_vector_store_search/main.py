from rag.embeddings import OpenAIEmbedder
from rag.store import VectorStore

docs = [
    "Our store opens at 9am on weekdays.",
    "Returns are accepted within 30 days with a receipt.",
    "We ship to Canada and Mexico.",
    "Gift cards never expire.",
    "The cafe upstairs serves vegan pastries.",
]
store = VectorStore(OpenAIEmbedder())
store.add(docs)
print(len(store.vectors), "vectors of size", len(store.vectors[0]))
for hit in store.search("Can I return an item?"):
    print(hit)
