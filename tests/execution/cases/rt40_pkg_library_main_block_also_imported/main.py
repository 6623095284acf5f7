from textkit.embed import embed, similarity
from textkit.summarize import summarize

docs = ["Cats sleep most of the day.", "Dogs need daily walks.", "Cats groom themselves."]
vectors = embed(docs)
query = embed(["Which animal sleeps a lot?"])[0]
best = max(range(len(docs)), key=lambda i: similarity(query, vectors[i]))
print("best:", docs[best])
print("summary:", summarize(" ".join(docs)))
print("short:", summarize(" ".join(docs), max_tokens=3))
