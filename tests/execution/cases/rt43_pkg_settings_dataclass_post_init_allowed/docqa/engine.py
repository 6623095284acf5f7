import math

import openai


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


class QAEngine:
    def __init__(self, settings, documents):
        self.settings = settings
        self.documents = documents
        response = openai.Embedding.create(model=settings.embedding_model, input=documents)
        self.vectors = [item["embedding"] for item in response["data"]]

    def answer(self, question):
        response = openai.Embedding.create(model=self.settings.embedding_model, input=[question])
        query = response["data"][0]["embedding"]
        ranked = sorted(range(len(self.documents)),
                        key=lambda i: _cosine(query, self.vectors[i]), reverse=True)
        context = "\n".join(self.documents[i] for i in ranked[: self.settings.top_k])
        chat = openai.ChatCompletion.create(
            model=self.settings.chat_model,
            messages=[
                {"role": "system", "content": "Answer from the context only."},
                {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
            ],
        )
        return ranked[: self.settings.top_k], len(chat["choices"][0]["message"]["content"])
