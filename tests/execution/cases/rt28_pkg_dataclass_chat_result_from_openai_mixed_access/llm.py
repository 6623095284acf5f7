import openai

from results import ChatResult


class Chat:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def run(self, prompt, max_tokens=200):
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens,
        )
        return ChatResult.from_openai(resp)
