from app.chat import chat
from app.embed import embed
from app.models import ChatModel

docs = ["pasta with tomato", "green salad", "chocolate cake"]
vectors = embed(docs)
print(len(vectors), "vectors of", len(vectors[0]))
query = embed(["dessert"])[0]
ranked = sorted(range(len(docs)), key=lambda i: -sum(a * b for a, b in zip(query, vectors[i])))
print("best:", docs[ranked[0]])
print(chat(f"describe {docs[ranked[0]]}"))
print(chat("summarize a long menu", ChatModel.SMART))
