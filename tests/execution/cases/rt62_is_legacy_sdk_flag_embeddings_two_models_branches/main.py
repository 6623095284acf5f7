from search import answer, embed

PASSAGES = ["Cats sleep up to 16 hours a day.", "The Eiffel Tower is 330 metres tall."]

if __name__ == "__main__":
    vecs = embed(PASSAGES)
    q = "How tall is the Eiffel Tower?"
    qv = embed([q])[0]
    best = max(range(len(PASSAGES)), key=lambda i: sum(a * b for a, b in zip(qv, vecs[i])))
    print(best, len(qv))
    print(answer(q, PASSAGES[best]))
