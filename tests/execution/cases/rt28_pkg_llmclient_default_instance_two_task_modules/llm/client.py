import openai


class LLMClient:
    """Thin wrapper so the rest of the code never talks to openai directly."""

    def __init__(self, chat_model="gpt-3.5-turbo", embedding_model="text-embedding-ada-002"):
        self.chat_model = chat_model
        self.embedding_model = embedding_model
        self.calls = 0

    def complete(self, prompt, system="You are a helpful assistant.", max_tokens=256):
        self.calls += 1
        response = openai.ChatCompletion.create(
            model=self.chat_model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
        )
        return response["choices"][0]["message"]["content"].strip()

    def embed(self, texts):
        self.calls += 1
        response = openai.Embedding.create(model=self.embedding_model, input=texts)
        return [item["embedding"] for item in response["data"]]
