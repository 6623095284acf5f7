import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

DOCS = [
    "The Eiffel Tower is in Paris.",
    "Python is a programming language.",
    "Bananas are rich in potassium.",
]

result = genai.embed_content(
    model="models/embedding-001",
    content=DOCS,
    task_type="retrieval_document",
)
embeddings = result["embedding"]
print(len(embeddings), len(embeddings[0]))
for doc, emb in zip(DOCS, embeddings):
    print(doc[:12], round(sum(emb), 4))
