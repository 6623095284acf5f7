import openai


class CompletionModel:
    def __init__(self, name, max_tokens=32):
        self.name = name
        self.max_tokens = max_tokens

    def generate(self, prompt):
        out = openai.Completion.create(
            model=self.name, prompt=prompt, max_tokens=self.max_tokens, temperature=0
        )
        return out["choices"][0]["text"].strip()


class ChatModel:
    def __init__(self, name, max_tokens=32):
        self.name = name
        self.max_tokens = max_tokens

    def generate(self, prompt):
        out = openai.ChatCompletion.create(
            model=self.name,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self.max_tokens,
            temperature=0,
        )
        return out["choices"][0]["message"]["content"].strip()


REGISTRY = {
    "davinci": CompletionModel("text-davinci-003"),
    "turbo": ChatModel("gpt-3.5-turbo"),
}
