from llm.chat import ask
from llm.embed import embed

DOCS = [
    "Our office is open 9 to 5 on weekdays.",
    "Parking is free for visitors in lot B.",
    "The cafeteria serves lunch from noon.",
]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


if __name__ == "__main__":
    vectors = embed(DOCS)
    question = "Where can I park?"
    q = embed([question])[0]
    best = max(range(len(DOCS)), key=lambda i: dot(q, vectors[i]))
    print(best, len(q))
    print(ask(question, DOCS[best]))
