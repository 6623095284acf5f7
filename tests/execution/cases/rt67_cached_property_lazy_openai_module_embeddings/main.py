from store import VectorStore

store = VectorStore()
store.add(["the cat sat on the mat", "stock prices fell sharply", "a recipe for lemon cake"])
score, text = store.nearest("baking a dessert")
print(f"nearest: {text} ({score:.4f})")
print("items:", len(store.items))
