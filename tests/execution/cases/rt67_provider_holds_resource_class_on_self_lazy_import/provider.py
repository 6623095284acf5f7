import os


class OpenAIChatProvider:
    name = "openai"

    def __init__(self, model="gpt-3.5-turbo"):
        import openai

        openai.api_key = os.environ["OPENAI_API_KEY"]
        self.model = model
        self.completion = openai.ChatCompletion

    def complete(self, messages, **options):
        response = self.completion.create(model=self.model, messages=messages, **options)
        return response["choices"][0]["message"]["content"]
