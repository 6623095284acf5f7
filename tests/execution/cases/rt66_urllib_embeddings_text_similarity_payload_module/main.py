import math

from openai_http import embedding_payload, post_json


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


faq = [
    "How do I reset my password?",
    "Where can I download my invoices?",
    "How do I cancel my subscription?",
]
result = post_json("/embeddings", embedding_payload(faq + ["I forgot my password"]))
vectors = [item["embedding"] for item in sorted(result["data"], key=lambda d: d["index"])]
query = vectors.pop()
best = max(range(len(faq)), key=lambda i: cosine(query, vectors[i]))
print("closest FAQ:", faq[best])
print("tokens:", result["usage"]["total_tokens"])
