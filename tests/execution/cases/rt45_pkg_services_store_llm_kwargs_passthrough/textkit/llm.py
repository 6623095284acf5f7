import openai


class OpenAIChat:
    """Forwards every keyword to the API; counts tokens spent."""

    def __init__(self):
        self.tokens = 0

    def chat(self, messages, **kwargs):
        response = openai.ChatCompletion.create(messages=messages, **kwargs)
        self.tokens += response["usage"]["total_tokens"]
        return response["choices"][0]["message"]["content"]
