from search.embeddings import cosine_similarity, get_embedding, get_embeddings


class Index:
    def __init__(self, docs):
        self.docs = list(docs)
        self.vectors = get_embeddings(self.docs)

    def search(self, query, k=2):
        q = get_embedding(query)
        scored = [(cosine_similarity(q, v), d) for v, d in zip(self.vectors, self.docs)]
        scored.sort(reverse=True)
        return [(round(s, 4), d) for s, d in scored[:k]]
