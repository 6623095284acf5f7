import os

import openai

from settings import settings

openai.api_key = os.environ["OPENAI_API_KEY"]

faq = ["How do I reset my password?", "Where can I download my invoices?", "Can I change my username?"]
vectors = [d["embedding"] for d in openai.Embedding.create(model=settings.embedding_model, input=faq)["data"]]
query = "I forgot my password"
qv = openai.Embedding.create(model=settings.embedding_model, input=[query])["data"][0]["embedding"]
best = max(range(len(faq)), key=lambda i: sum(a * b for a, b in zip(vectors[i], qv)))
print("matched:", faq[best])
reply = openai.ChatCompletion.create(
    model=settings.chat_model,
    max_tokens=settings.max_tokens,
    temperature=settings.temperature,
    messages=[{"role": "user", "content": f"Answer the FAQ: {faq[best]}"}],
)
print(reply.choices[0].message.content)
