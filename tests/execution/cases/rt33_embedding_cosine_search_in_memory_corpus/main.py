"""Semantic search over a tiny FAQ with OpenAI embeddings and a hand-written cosine."""
import math

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"

FAQ = {
    "How do I reset my password?": "Use the 'forgot password' link on the login page.",
    "Where can I download my invoices?": "Invoices are under Settings > Billing.",
    "Can I change my username?": "Usernames cannot be changed after sign-up.",
    "How do I delete my account?": "Write to support and we delete it within 30 days.",
    "Do you offer a student discount?": "Yes, 50% with a valid student email.",
}


def get_embedding(text, model=EMBEDDING_MODEL):
    text = text.replace("\n", " ")
    return openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]


def cosine_similarity(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    norm_a = math.sqrt(sum(x * x for x in a))
    norm_b = math.sqrt(sum(y * y for y in b))
    return dot / (norm_a * norm_b)


questions = list(FAQ)
resp = openai.Embedding.create(input=questions, model=EMBEDDING_MODEL)
index = [(questions[item["index"]], item["embedding"]) for item in resp["data"]]
print(f"indexed {len(index)} questions, dim={len(index[0][1])}, tokens={resp['usage']['total_tokens']}")


def search(query, k=2):
    q = get_embedding(query)
    scored = [(cosine_similarity(q, emb), question) for question, emb in index]
    scored.sort(reverse=True)
    return scored[:k]


for query in ["How do I reset my password?", "invoice pdf", "Can I change my username?"]:
    print("query:", query)
    for score, question in search(query):
        print(f"  {score:.3f}  {question} -> {FAQ[question]}")
