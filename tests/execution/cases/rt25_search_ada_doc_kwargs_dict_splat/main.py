import math

import openai

DOC_KWARGS = {"model": "text-search-ada-doc-001"}
QUERY_KWARGS = {"model": "text-search-ada-query-001"}

docs = ["Python lists are mutable.", "Tuples cannot be changed after creation.", "Sets hold unique items."]
doc_vecs = [d["embedding"] for d in openai.Embedding.create(input=docs, **DOC_KWARGS)["data"]]
query = openai.Embedding.create(input="which collection is immutable?", **QUERY_KWARGS)["data"][0]["embedding"]

print("dims:", len(doc_vecs[0]), len(query))
for doc, v in zip(docs, doc_vecs):
    print(round(sum(a * b for a, b in zip(query, v)) / (math.hypot(*query) * math.hypot(*v)), 4), doc)
