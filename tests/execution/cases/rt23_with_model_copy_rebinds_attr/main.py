import copy

import openai


class LLM:
    def __init__(self, model="gpt-3.5-turbo", max_tokens=64):
        self.model = model
        self.max_tokens = max_tokens

    def with_options(self, **options):
        clone = copy.copy(self)
        for key, value in options.items():
            setattr(clone, key, value)
        return clone

    def __call__(self, prompt):
        out = openai.ChatCompletion.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": prompt}],
        )
        return out.choices[0].message.content


base = LLM()
print(base("What is a monad?"))
print(base.with_options(model="gpt-4")("Explain monads to a child"))
print(base.with_options(max_tokens=3)("Write an essay about the sea"))
