# %%
import math
import openai

docs = [
    "The cat sat on the mat.",
    "Dogs are loyal animals.",
    "The stock market fell today.",
]

# %%
doc_embeddings = [
    openai.Embedding.create(input=d, engine="text-embedding-ada-002")["data"][0]["embedding"]
    for d in docs
]
print(len(doc_embeddings), len(doc_embeddings[0]))


# %%
def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


query = "pets"
q = openai.Embedding.create(input=query, engine="text-embedding-ada-002")["data"][0]["embedding"]
scores = [cosine(q, e) for e in doc_embeddings]
for d, s in sorted(zip(docs, scores), key=lambda t: -t[1]):
    print("%.4f  %s" % (s, d))
