import math

import openai

_VER = tuple(int(p) for p in openai.__version__.split(".")[:2])

DOC_MODEL = "text-search-ada-doc-001"
QUERY_MODEL = "text-search-ada-query-001"

if _VER >= (1, 0):
    from openai import OpenAI

    _client = OpenAI()
else:
    _client = None


def _embed(model, texts):
    if _client is not None:
        return [d.embedding for d in _client.embeddings.create(model=model, input=texts).data]
    return [d["embedding"] for d in openai.Embedding.create(model=model, input=texts)["data"]]


def _cos(a, b):
    return sum(x * y for x, y in zip(a, b)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def rank(query, docs):
    doc_vecs = _embed(DOC_MODEL, docs)
    q = _embed(QUERY_MODEL, [query])[0]
    return sorted(docs, key=lambda d: -_cos(q, doc_vecs[docs.index(d)]))
