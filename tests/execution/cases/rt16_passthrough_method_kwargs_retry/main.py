import time

import openai


class OpenAIClient:
    def __init__(self, max_retries=3):
        self.max_retries = max_retries

    def chat_completion(self, **kwargs):
        for attempt in range(self.max_retries):
            try:
                return openai.ChatCompletion.create(**kwargs)
            except openai.error.RateLimitError:
                time.sleep(0.01 * (attempt + 1))
        raise RuntimeError("rate limited")


client = OpenAIClient()
resp = client.chat_completion(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Hello there"}],
    max_tokens=30,
)
print(resp["choices"][0]["message"]["content"])
resp = client.chat_completion(model="gpt-4", messages=[{"role": "user", "content": "Bye now"}])
print(resp.choices[0].message.content, resp.usage.total_tokens)
