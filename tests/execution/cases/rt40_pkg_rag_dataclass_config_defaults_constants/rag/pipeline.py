import openai

from rag.config import RAGConfig


class RAG:
    def __init__(self, documents, config=None):
        self.config = config or RAGConfig()
        self.documents = documents
        response = openai.Embedding.create(model=self.config.embed_model, input=documents)
        self.vectors = [row["embedding"] for row in response["data"]]

    def retrieve(self, question):
        q = openai.Embedding.create(model=self.config.embed_model, input=question)
        qv = q["data"][0]["embedding"]
        order = sorted(range(len(self.documents)),
                       key=lambda i: -sum(a * b for a, b in zip(qv, self.vectors[i])))
        return [self.documents[i] for i in order[: self.config.top_k]]

    def answer(self, question):
        context = "\n".join(self.retrieve(question))
        response = openai.ChatCompletion.create(
            model=self.config.chat_model,
            messages=[
                {"role": "system", "content": "Answer from the context only."},
                {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
            ],
            max_tokens=self.config.max_answer_tokens,
        )
        return response["choices"][0]["message"]["content"]
