import openai


class BaseLLM:
    calls = 0
    total_tokens = 0

    def _track(self, usage):
        BaseLLM.calls += 1
        BaseLLM.total_tokens += usage["total_tokens"]


class ChatLLM(BaseLLM):
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def generate(self, prompt):
        resp = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        self._track(resp.usage)
        return resp.choices[0].message.content


class CompletionLLM(BaseLLM):
    def __init__(self, model="text-davinci-003", max_tokens=20):
        self.model = model
        self.max_tokens = max_tokens

    def generate(self, prompt):
        resp = openai.Completion.create(model=self.model, prompt=prompt, max_tokens=self.max_tokens)
        self._track(resp["usage"])
        return resp["choices"][0]["text"].strip()


class EmbeddingLLM(BaseLLM):
    def __init__(self, model="text-embedding-ada-002"):
        self.model = model

    def embed(self, texts):
        resp = openai.Embedding.create(model=self.model, input=texts)
        self._track(resp.usage)
        return [row["embedding"] for row in resp["data"]]
