from rag.answerer import answer
from rag.chunker import chunk_words
from rag.embedder import BatchEmbedder
from rag.store import ListStore

DOCUMENT = (
    "The lighthouse on the northern cape was built in 1871 by the harbour board. "
    "Its lamp burned whale oil until 1902, when kerosene replaced it. "
    "The keeper's cottage now houses a small museum about shipwrecks on the coast. "
    "Visitors can climb the 112 steps to the gallery on weekends between May and October."
)

if __name__ == "__main__":
    chunks = chunk_words(DOCUMENT)
    embedder = BatchEmbedder()
    store = ListStore()
    store.add(embedder.embed(chunks), chunks)
    print(f"{len(chunks)} chunks, {embedder.requests} requests, {embedder.tokens} tokens")
    question = "When did kerosene replace whale oil?"
    hits = store.search(embedder.embed_one(question), k=2)
    for score, text in hits:
        print(f"  {score:.3f} {text}")
    text, used = answer(question, hits)
    print(text.splitlines()[0], "|", text.splitlines()[-1])
    print("tokens:", used, "requests:", embedder.requests)
