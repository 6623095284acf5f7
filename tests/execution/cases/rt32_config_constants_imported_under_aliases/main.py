from search import answer, cosine, embed

docs = [
    "The library opens at nine and closes at six.",
    "Members may borrow up to five books at a time.",
    "Late returns cost ten cents per day.",
]
question = "How many books can I borrow?"
vectors = embed(docs)
(q_vec,) = embed([question])
scores = [round(cosine(q_vec, v), 4) for v in vectors]
best = max(range(len(docs)), key=lambda i: scores[i])
print("scores:", scores)
print("context:", docs[best])
print("answer:", answer(question, docs[best]))
