import math
import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

EMBEDDING_MODEL = "models/text-embedding-004"

FAQ = [
    "You can return items within 30 days.",
    "Shipping is free on orders over $50.",
    "We ship to the EU and the UK.",
]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


doc_vectors = []
for entry in FAQ:
    result = genai.embed_content(
        model=EMBEDDING_MODEL, content=entry, task_type="retrieval_document"
    )
    doc_vectors.append(result["embedding"])

query = genai.embed_content(
    model=EMBEDDING_MODEL,
    content="Do you deliver to Germany?",
    task_type="retrieval_query",
)["embedding"]

scores = [round(cosine(query, v), 4) for v in doc_vectors]
print(len(query), scores)
print("best:", FAQ[scores.index(max(scores))])
