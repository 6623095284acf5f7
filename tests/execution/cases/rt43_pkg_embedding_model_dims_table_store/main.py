from vecstore.config import EMBEDDING_MODEL
from vecstore.store import VectorStore

store = VectorStore(EMBEDDING_MODEL)
store.add(["apples are red", "the sky is blue", "grass is green"])
print(store.dim, store.nearest("the sky is blue"))
