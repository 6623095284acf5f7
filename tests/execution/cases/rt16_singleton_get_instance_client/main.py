import os

import openai


class OpenAIManager:
    _instance = None

    def __init__(self):
        openai.api_key = os.environ.get("OPENAI_API_KEY")
        self.model = "gpt-3.5-turbo"
        self.request_count = 0

    @classmethod
    def get_instance(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def ask(self, question):
        self.request_count += 1
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
        )
        return response.choices[0].message.content


def handle(question):
    return OpenAIManager.get_instance().ask(question)


if __name__ == "__main__":
    print(handle("What time zone is Tokyo in?"))
    print(handle("And London?"))
    print(OpenAIManager.get_instance().request_count)
