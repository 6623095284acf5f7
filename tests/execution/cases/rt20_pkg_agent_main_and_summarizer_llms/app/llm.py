import openai


class LLMClient:
    def __init__(self, model):
        self.model = model
        self.tokens = 0

    def chat(self, messages):
        response = openai.ChatCompletion.create(model=self.model, messages=messages)
        self.tokens += response["usage"]["total_tokens"]
        return response["choices"][0]["message"]["content"]
