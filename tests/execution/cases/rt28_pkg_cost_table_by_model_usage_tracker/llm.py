import openai

from tracker import tracker


class ChatLLM:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def ask(self, question):
        resp = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": question}]
        )
        tracker.record(self.model, resp["usage"])
        return resp["choices"][0]["message"]["content"]


class Embedder:
    model = "text-embedding-ada-002"

    def embed(self, texts):
        resp = openai.Embedding.create(model=self.model, input=texts)
        tracker.record(self.model, resp["usage"])
        return [d["embedding"] for d in resp["data"]]
