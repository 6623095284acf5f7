import math

import openai

DOCS = {
    "d1": "How to bake sourdough bread at home",
    "d2": "A beginner's guide to marathon training",
    "d3": "Understanding compound interest",
    "d4": "Repotting succulents in spring",
}
QUERIES = [
    ("How to bake sourdough bread at home", "d1"),
    ("Understanding compound interest", "d3"),
    ("best running shoes", "d2"),
]
K = 2


def get_embeddings(texts, model="text-embedding-ada-002"):
    texts = [t.replace("\n", " ") for t in texts]
    data = openai.Embedding.create(input=texts, model=model)["data"]
    return [d["embedding"] for d in sorted(data, key=lambda d: d["index"])]


def norm(v):
    n = math.sqrt(sum(x * x for x in v))
    return [x / n for x in v]


doc_ids = list(DOCS)
doc_vecs = [norm(v) for v in get_embeddings([DOCS[i] for i in doc_ids])]
query_vecs = [norm(v) for v in get_embeddings([q for q, _ in QUERIES])]

hits = 0
for (query, gold), qv in zip(QUERIES, query_vecs):
    scored = sorted(((sum(a * b for a, b in zip(qv, dv)), did)
                     for did, dv in zip(doc_ids, doc_vecs)), reverse=True)
    top = [did for _, did in scored[:K]]
    hits += gold in top
    print(f"{query[:30]:30s} top{K}={top[0]} gold={gold} best={scored[0][0]:.3f}")
print(f"recall@{K}: {hits}/{len(QUERIES)}")
