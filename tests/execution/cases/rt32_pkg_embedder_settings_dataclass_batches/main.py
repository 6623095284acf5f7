from kb.answer import answer
from kb.embedder import Embedder

passages = [
    "Our office is closed on public holidays.",
    "Support is available by email around the clock.",
    "Refunds are processed within five business days.",
]
embedder = Embedder()
vectors = embedder.embed(passages)
query = embedder.embed(["When will I get my refund?"])[0]
ranked = sorted(range(len(passages)),
                key=lambda i: -sum(a * b for a, b in zip(query, vectors[i])))
print("vectors:", len(vectors), "dim:", len(vectors[0]))
print("top:", passages[ranked[0]])
print(answer("When will I get my refund?", [passages[i] for i in ranked[:2]]))
