import math

from local_llm import Completion, Embedding, Moderation

DOCS = [
    "cats sleep most of the day",
    "dogs need a walk every day",
    "parrots can learn words",
]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)) or 1.0)


doc_vectors = [d["embedding"] for d in Embedding.create(input=DOCS, engine="text-search-ada-doc-001")["data"]]

for question in ["how much do cats sleep", "I hate walking dogs"]:
    if Moderation.create(input=question)["results"][0]["flagged"]:
        print(question, "-> flagged")
        continue
    qv = Embedding.create(input=question, model="text-embedding-ada-002")["data"][0]["embedding"]
    best = max(range(len(DOCS)), key=lambda i: cosine(qv, doc_vectors[i]))
    out = Completion.create(engine="text-davinci-003", prompt=f"{DOCS[best]}\nQ: {question}", max_tokens=8)
    print(question, "->", DOCS[best], "|", out["choices"][0]["text"].strip())
