import openai

from writer import config


class ProductDescriptionGenerator:
    template = "Write a one sentence product description for: {name}\nDescription:"

    def __init__(self, engine=config.ENGINE, max_tokens=config.DEFAULT_MAX_TOKENS, temperature=0.6):
        self.engine = engine
        self.max_tokens = max_tokens
        self.temperature = temperature

    def generate(self, name):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=self.template.format(name=name),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            stop=["\n"],
        )
        return response["choices"][0]["text"].strip()
