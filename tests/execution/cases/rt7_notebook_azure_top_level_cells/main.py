# %%
import math
import os

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_version = "2023-05-15"
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")

# %%
docs = ["Invoices are due in 30 days.", "Support is open 9 to 5.", "We ship worldwide."]
emb = openai.Embedding.create(input=docs, engine="embeddings")
doc_vectors = [d.embedding for d in emb.data]
print(len(doc_vectors), len(doc_vectors[0]))

# %%
question = "When do I have to pay?"
q = openai.Embedding.create(input=question, engine="embeddings")["data"][0]["embedding"]
sims = [sum(a * b for a, b in zip(q, v)) / (math.hypot(*q) * math.hypot(*v)) for v in doc_vectors]
best = docs[sims.index(max(sims))]
print(best)

# %%
completion = openai.ChatCompletion.create(
    engine="chat",
    messages=[
        {"role": "system", "content": f"Answer using: {best}"},
        {"role": "user", "content": question},
    ],
    temperature=0,
    max_tokens=100,
)
print(completion.choices[0].message.content)
