from pipeline.embed import embed_texts

DOCS = [
    "refund policy for damaged goods",
    "shipping times to Europe",
    "how to return a damaged item",
    "warehouse opening hours",
    "international delivery costs",
]
QUERY = "I want my money back for a broken product"


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


vectors = embed_texts(DOCS + [QUERY])
query_vec = vectors.pop()
print("vector size:", len(query_vec))
ranked = sorted(zip(DOCS, vectors), key=lambda p: dot(query_vec, p[1]), reverse=True)
for doc, vec in ranked[:3]:
    print(f"{dot(query_vec, vec):+.4f} {doc}")
