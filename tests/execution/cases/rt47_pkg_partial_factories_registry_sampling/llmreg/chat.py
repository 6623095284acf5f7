import openai


class ChatLLM:
    def __init__(self, model="gpt-3.5-turbo", temperature=1.0, max_tokens=None):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    def __call__(self, prompt):
        kwargs = {"model": self.model, "temperature": self.temperature,
                  "messages": [{"role": "user", "content": prompt}]}
        if self.max_tokens is not None:
            kwargs["max_tokens"] = self.max_tokens
        response = openai.ChatCompletion.create(**kwargs)
        return response["choices"][0]["message"]["content"]
