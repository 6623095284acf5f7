from deps import get_client


def post_similar(body):
    docs = body["documents"]
    result = get_client().embeddings([body["query"]] + docs)
    vectors = [row.embedding for row in sorted(result.data, key=lambda r: r.index)]
    query, rest = vectors[0], vectors[1:]
    scores = [sum(a * b for a, b in zip(query, v)) for v in rest]
    best = max(range(len(docs)), key=scores.__getitem__)
    return 200, {"best": docs[best], "score": round(scores[best], 3), "n": len(docs)}
