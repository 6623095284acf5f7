import math
import re

import openai

ALPHA = 0.5
CORPUS = {
    "doc-1": "The mitochondria is the powerhouse of the cell.",
    "doc-2": "Photosynthesis converts light energy into chemical energy in plants.",
    "doc-3": "Cells divide through mitosis and meiosis.",
    "doc-4": "The heart pumps blood through the body.",
    "doc-5": "Chlorophyll gives plants their green color and absorbs light.",
}


def tokens(text):
    return set(re.findall(r"[a-z]+", text.lower()))


def keyword_score(query, text):
    q = tokens(query)
    return len(q & tokens(text)) / len(q) if q else 0.0


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


ids = list(CORPUS)
emb = openai.Embedding.create(input=[CORPUS[i] for i in ids], model="text-embedding-ada-002")
doc_vectors = {ids[row.index]: row.embedding for row in emb.data}


def hybrid_search(query, k=3):
    qv = openai.Embedding.create(input=query, model="text-embedding-ada-002").data[0].embedding
    scored = []
    for doc_id in ids:
        score = ALPHA * keyword_score(query, CORPUS[doc_id]) + (1 - ALPHA) * cosine(qv, doc_vectors[doc_id])
        scored.append((score, doc_id))
    scored.sort(reverse=True)
    return [doc_id for _, doc_id in scored[:k]]


def answer(query):
    hits = hybrid_search(query)
    passages = "\n".join(f"{n}. {CORPUS[d]}" for n, d in enumerate(hits, 1))
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": f"Passages:\n{passages}\n\nQuestion: {query}\nSources: 1, 2"}],
        temperature=0,
        stop=["\nSources:"],
    )
    return hits, resp["choices"][0]["message"]["content"]


for q in ["How do plants use light energy?", "what pumps blood"]:
    hits, text = answer(q)
    print(q, hits)
    print("  ", text.replace("\n", " / "))
