import os

import openai


class OpenAIService:
    def __init__(self, api_key=None, api_base=None, model="gpt-3.5-turbo"):
        openai.api_key = api_key or os.getenv("OPENAI_API_KEY")
        openai.api_base = api_base or os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1")
        self.model = model

    def complete(self, prompt, **kwargs):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    service = OpenAIService()
    print(service.complete("Give me a haiku about code"))
    print(service.complete("And one about tests, very long please", max_tokens=3))
