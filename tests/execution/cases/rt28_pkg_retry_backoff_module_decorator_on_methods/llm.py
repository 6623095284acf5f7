import openai

from utils.retry import retry_with_backoff


class Assistant:
    def __init__(self, model="gpt-4", timeout=0.5):
        self.model = model
        self.timeout = timeout

    @retry_with_backoff(max_retries=2)
    def chat(self, question):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            request_timeout=self.timeout,
        )
        return response.choices[0].message.content

    @retry_with_backoff()
    def embed(self, text):
        response = openai.Embedding.create(model="text-embedding-ada-002", input=text)
        return response["data"][0]["embedding"]
