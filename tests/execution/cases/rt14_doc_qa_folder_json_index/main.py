import json
import math
import os
import tempfile

import openai

EMBED_MODEL = "text-embedding-ada-002"
CHAT_MODEL = "gpt-3.5-turbo"

DOCS = {
    "refunds.txt": "Refunds are issued within 14 days of a return being received.",
    "shipping.txt": "We ship to all EU countries. Shipping takes 3 to 5 working days.",
    "warranty.txt": "All devices carry a two year warranty covering manufacturing defects.",
}


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb)


def get_embedding(text, model=EMBED_MODEL):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]


def build_index(folder, index_path):
    index = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name)) as f:
            text = f.read()
        index.append({"source": name, "text": text, "embedding": get_embedding(text)})
    with open(index_path, "w") as f:
        json.dump(index, f)
    return len(index)


def answer(question, index_path, k=2):
    with open(index_path) as f:
        index = json.load(f)
    q = get_embedding(question)
    scored = sorted(index, key=lambda d: cosine(q, d["embedding"]), reverse=True)[:k]
    for d in scored:
        print(f"  {d['source']}: {cosine(q, d['embedding']):.4f}")
    context = "\n\n".join(d["text"] for d in scored)
    completion = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "Answer only from the context."},
            {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
        ],
        temperature=0,
    )
    return completion.choices[0].message["content"]


with tempfile.TemporaryDirectory() as tmp:
    docs = os.path.join(tmp, "docs")
    os.mkdir(docs)
    for name, text in DOCS.items():
        with open(os.path.join(docs, name), "w") as f:
            f.write(text)
    print("indexed", build_index(docs, os.path.join(tmp, "index.json")), "files")
    print(answer("How long does shipping take?", os.path.join(tmp, "index.json")))
