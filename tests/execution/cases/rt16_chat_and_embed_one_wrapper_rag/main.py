import openai


class OpenAIService:
    chat_model = "gpt-3.5-turbo"
    embedding_model = "text-embedding-ada-002"

    def embed(self, texts):
        response = openai.Embedding.create(model=self.embedding_model, input=texts)
        return [row["embedding"] for row in sorted(response["data"], key=lambda r: r["index"])]

    def chat(self, system, user, max_tokens=50):
        response = openai.ChatCompletion.create(
            model=self.chat_model,
            max_tokens=max_tokens,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        )
        return response["choices"][0]["message"]["content"]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


class QA:
    def __init__(self, service, documents):
        self.service = service
        self.documents = documents
        self.doc_vectors = service.embed(documents)

    def answer(self, question):
        q = self.service.embed([question])[0]
        best = max(range(len(self.documents)), key=lambda i: dot(q, self.doc_vectors[i]))
        return self.service.chat(f"Answer from: {self.documents[best]}", question)


if __name__ == "__main__":
    qa = QA(OpenAIService(), ["The Nile is long.", "Mount Everest is high.", "Sahara is dry."])
    print(qa.answer("Mount Everest is high."))
    print(qa.service.chat("Be brief.", "Explain rivers in a lot of detail", max_tokens=2))
