import openai


class Completer:
    engine = "text-davinci-003"
    max_tokens = 32

    def __call__(self, prompt, **overrides):
        params = {
            "engine": self.engine,
            "prompt": prompt,
            "max_tokens": overrides.get("max_tokens", self.max_tokens),
            "temperature": overrides.get("temperature", 0),
        }
        response = openai.Completion.create(**params)
        return response["choices"][0]["text"].strip()


class ShortCompleter(Completer):
    max_tokens = 4


complete = Completer()
short = ShortCompleter()
print(complete("Translate to French: good morning"))
print(short("Describe the ocean in detail"))
print(complete("Name a planet", max_tokens=3))
