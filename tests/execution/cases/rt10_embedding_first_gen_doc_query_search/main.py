import math

import openai

DOC_MODEL = "text-search-ada-doc-001"
QUERY_MODEL = "text-search-ada-query-001"
DOCS = ["Cats purr when they are content.", "Volcanoes erupt molten rock.", "Dogs wag their tails."]


def embed(texts, engine):
    result = openai.Embedding.create(input=texts, engine=engine)
    return [r["embedding"] for r in result["data"]]


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


doc_vectors = embed(DOCS, DOC_MODEL)
(query_vector,) = embed(["What do pets do when they are happy?"], QUERY_MODEL)
print("dimensions:", len(query_vector), len(doc_vectors[0]))
for doc, vec in sorted(zip(DOCS, doc_vectors), key=lambda p: -similarity(query_vector, p[1])):
    print(f"{similarity(query_vector, vec):+.4f} {doc}")
