import openai

from instrument import logged, timed


class ChatLLM:
    model = "gpt-3.5-turbo"

    @timed
    @logged
    def ask(self, question, max_tokens=50):
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            max_tokens=max_tokens,
        )
        return resp.choices[0].message.content


class EmbeddingLLM:
    model = "text-embedding-ada-002"

    @timed
    @logged
    def embed(self, texts):
        resp = openai.Embedding.create(model=self.model, input=texts)
        return [row.embedding for row in resp.data]
