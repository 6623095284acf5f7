"""Retrieval-augmented QA: embed the docs once, rank by cosine similarity, answer from context."""
import math

import openai

EMBED_MODEL = "text-embedding-ada-002"
CHAT_MODEL = "gpt-3.5-turbo"

DOCS = [
    "Our office is open Monday to Friday from 9am to 5pm.",
    "Refunds are issued within 14 days of the return being received.",
    "Shipping is free for orders above 50 euros.",
    "Support can be reached at support@example.com.",
]


def embed(texts):
    response = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    ordered = sorted(response["data"], key=lambda item: item["index"])
    return [item["embedding"] for item in ordered]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


def top_k(question, doc_vectors, k=2):
    q = embed([question])[0]
    scored = sorted(((cosine(q, v), i) for i, v in enumerate(doc_vectors)), reverse=True)
    return [DOCS[i] for _, i in scored[:k]]


def answer(question, context):
    prompt = "Answer using only this context:\n" + "\n".join(context) + f"\n\nQuestion: {question}"
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
        stop=["\n\n", "Question:"],
    )
    return response["choices"][0]["message"]["content"].strip()


def main():
    vectors = embed(DOCS)
    print("indexed", len(vectors), "docs of dimension", len(vectors[0]))
    for question in ["When are refunds issued?", "Is shipping free?"]:
        context = top_k(question, vectors)
        print("Q:", question)
        print("context:", context)
        print("A:", answer(question, context))


if __name__ == "__main__":
    main()
