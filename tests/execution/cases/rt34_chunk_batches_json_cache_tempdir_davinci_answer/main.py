"""Ask questions about the team handbook.

1. split the handbook into chunks of ~12 words
2. embed the chunks (batches of 3) and cache the vectors in a JSON file
3. for every question: find the 2 closest chunks and let davinci answer from them
"""
import json
import math
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

EMBEDDING_MODEL = "text-embedding-ada-002"
COMPLETIONS_MODEL = "text-davinci-003"
BATCH_SIZE = 3
CHUNK_WORDS = 12

HANDBOOK = """
Our office is open from 8am to 6pm, Monday to Friday. Remote work is allowed two days per week
if your manager agrees. Expense reports must be submitted within 30 days of the purchase, with a
receipt attached. Every employee gets 25 days of paid vacation per year, and unused days can be
carried over until March. The on-call rotation changes every Monday at 10am; swaps must be
announced in the #oncall channel. New laptops are ordered through the IT portal and arrive within
five working days.
"""


def chunk_text(text, size=CHUNK_WORDS):
    words = text.split()
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]


def embed_in_batches(chunks):
    vectors = []
    for start in range(0, len(chunks), BATCH_SIZE):
        batch = chunks[start:start + BATCH_SIZE]
        response = openai.Embedding.create(input=batch, engine=EMBEDDING_MODEL)
        vectors.extend(item["embedding"] for item in response["data"])
    return vectors


def load_or_build_index(cache_path):
    if os.path.exists(cache_path):
        with open(cache_path) as f:
            data = json.load(f)
        print(f"loaded {len(data['chunks'])} chunks from cache")
        return data["chunks"], data["vectors"]
    chunks = chunk_text(HANDBOOK)
    vectors = embed_in_batches(chunks)
    with open(cache_path, "w") as f:
        json.dump({"chunks": chunks, "vectors": vectors}, f)
    print(f"embedded {len(chunks)} chunks in {math.ceil(len(chunks) / BATCH_SIZE)} batches")
    return chunks, vectors


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def top_chunks(question, chunks, vectors, k=2):
    q = openai.Embedding.create(input=question, engine=EMBEDDING_MODEL)["data"][0]["embedding"]
    ranked = sorted(range(len(chunks)), key=lambda i: cosine(q, vectors[i]), reverse=True)
    return [chunks[i] for i in ranked[:k]]


def answer(question, context):
    prompt = (
        "Answer the question as truthfully as possible using the provided context.\n\n"
        f"Context:\n{context}\n\nQ: {question}\nA:"
    )
    response = openai.Completion.create(
        prompt=prompt,
        temperature=0,
        max_tokens=150,
        model=COMPLETIONS_MODEL,
        stop=["\n\n"],
    )
    return response["choices"][0]["text"].strip()


cache_dir = tempfile.mkdtemp(prefix="handbook-")
cache_file = os.path.join(cache_dir, "handbook_vectors.json")

for run in range(2):
    chunks, vectors = load_or_build_index(cache_file)
    question = ["How many vacation days do I get?", "When does on-call change?"][run]
    best = top_chunks(question, chunks, vectors)
    print("Q:", question)
    for c in best:
        print("  context:", c)
    print("  A:", answer(question, "\n".join(best)))
