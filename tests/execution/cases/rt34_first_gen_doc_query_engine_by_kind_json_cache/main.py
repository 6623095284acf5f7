import json
import math
import os
import tempfile

import openai

DOC_ENGINE = "text-search-ada-doc-001"
QUERY_ENGINE = "text-search-ada-query-001"
DIM = 1024

PAPERS = {
    "attention": "Attention is all you need: a transformer architecture based solely on attention.",
    "bert": "BERT: pre-training of deep bidirectional transformers for language understanding.",
    "resnet": "Deep residual learning for image recognition with skip connections.",
    "gan": "Generative adversarial networks: a generator and a discriminator trained together.",
    "word2vec": "Efficient estimation of word representations in vector space.",
}


def embed(texts, kind="doc"):
    engine = DOC_ENGINE if kind == "doc" else QUERY_ENGINE
    res = openai.Embedding.create(input=texts, engine=engine)
    return [row["embedding"] for row in sorted(res["data"], key=lambda r: r["index"])]


def cosine(u, v):
    return sum(a * b for a, b in zip(u, v)) / (
        math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v))
    )


with tempfile.TemporaryDirectory() as tmp:
    store = os.path.join(tmp, "papers.json")
    ids = list(PAPERS)
    vecs = embed([PAPERS[i] for i in ids], kind="doc")
    with open(store, "w") as fh:
        json.dump({"dim": len(vecs[0]), "ids": ids, "vectors": vecs}, fh)

    with open(store) as fh:
        saved = json.load(fh)
    assert saved["dim"] == DIM, saved["dim"]
    print("stored", len(saved["ids"]), "papers, dim ok:", saved["dim"] == DIM)

    queries = [
        "Attention is all you need: a transformer architecture based solely on attention.",
        "image recognition",
        "Generative adversarial networks: a generator and a discriminator trained together.",
    ]
    for query, qv in zip(queries, embed(queries, kind="query")):
        ranking = sorted(zip(saved["ids"], saved["vectors"]), key=lambda p: -cosine(qv, p[1]))
        print(f"{query[:30]!r}: {[pid for pid, _ in ranking[:3]]}")
