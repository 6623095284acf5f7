import math

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"
CHAT_MODEL = "gpt-3.5-turbo"


def split_paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def index_document(state, text):
    """Embed the paragraphs once and keep the raw API answer in the session."""
    state["chunks"] = split_paragraphs(text)
    state["emb_response"] = openai.Embedding.create(model=EMBEDDING_MODEL, input=state["chunks"])


def _similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


def retrieve(state, question, k=2):
    q = openai.Embedding.create(model=EMBEDDING_MODEL, input=[question]).data[0].embedding
    vectors = [item.embedding for item in state["emb_response"].data]
    ranked = sorted(range(len(vectors)), key=lambda i: _similarity(q, vectors[i]), reverse=True)
    return ranked[:k]


def answer(state, question):
    hits = retrieve(state, question)
    context = "\n".join(state["chunks"][i] for i in hits)
    chat = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        temperature=0,
        messages=[
            {"role": "system", "content": "Answer only from the context. Context:\n" + context},
            {"role": "user", "content": question},
        ],
    )
    return chat.choices[0].message.content, hits
