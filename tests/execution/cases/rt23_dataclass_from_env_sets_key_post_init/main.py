import os
from dataclasses import dataclass

import openai


@dataclass
class OpenAIClient:
    api_key: str
    model: str = "gpt-3.5-turbo"
    max_tokens: int = 100

    def __post_init__(self):
        openai.api_key = self.api_key

    @classmethod
    def from_env(cls):
        return cls(api_key=os.environ["OPENAI_API_KEY"])

    def ask(self, question):
        completion = openai.ChatCompletion.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": question}],
        )
        return completion.choices[0].message.content


if __name__ == "__main__":
    client = OpenAIClient.from_env()
    print(client.ask("Give me a synonym for happy"))
    print(client.ask("What is the speed of light?"))
