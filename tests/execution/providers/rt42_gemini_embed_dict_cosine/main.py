import math
import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

EMBED_MODEL = "models/embedding-001"


def embed(text):
    result = genai.embed_content(
        model=EMBED_MODEL,
        content=text,
        task_type="retrieval_document",
    )
    return result["embedding"]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    norm_a = math.sqrt(sum(x * x for x in a))
    norm_b = math.sqrt(sum(y * y for y in b))
    return dot / (norm_a * norm_b)


index = {}
index["faq"] = embed("How do I reset my password?")
index["billing"] = embed("Where can I download my invoices?")
index["shipping"] = embed("How long does delivery take?")

query = embed("I forgot my password")
ranked = sorted(index, key=lambda name: cosine(query, index[name]), reverse=True)
for name in ranked:
    print(f"{name}: {cosine(query, index[name]):.4f}")
