from search import ANSWER_MODEL, openai
from search.index import Index

NOTES = [
    "The backup job runs every night at 2am.",
    "Invoices are sent on the first Monday of the month.",
    "The VPN certificate expires in March.",
    "Lunch is served in the cafeteria from noon.",
]


def answer(question, hits):
    context = "\n".join(f"- {doc}" for doc, _ in hits)
    prompt = f"Answer from the notes.\nNotes:\n{context}\nQuestion: {question}\nAnswer:"
    completion = openai.Completion.create(
        model=ANSWER_MODEL, prompt=prompt, max_tokens=48, temperature=0
    )
    return completion["choices"][0]["text"].strip()


if __name__ == "__main__":
    index = Index(NOTES)
    for question in ("When does the backup run?", "When do invoices go out?"):
        hits = index.search(question)
        for doc, score in hits:
            print(f"  {score:.4f} {doc}")
        print(question, "=>", answer(question, hits))
