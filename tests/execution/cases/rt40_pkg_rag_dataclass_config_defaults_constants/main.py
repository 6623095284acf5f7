from rag.config import RAGConfig
from rag.pipeline import RAG

docs = [
    "The gym opens at 6am on weekdays.",
    "Lockers must be emptied every night.",
    "Towels cost two euros.",
]
print(RAG(docs).answer("When does the gym open?"))
print(RAG(docs, RAGConfig(top_k=1)).answer("How much is a towel?"))
