import openai


class Completer:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self._create = openai.ChatCompletion.create

    def __call__(self, prompt):
        res = self._create(model=self.model, messages=[{"role": "user", "content": prompt}])
        return res["choices"][0]["message"]["content"]


if __name__ == "__main__":
    complete = Completer()
    print(complete("Name a planet"))
    print(complete("Name a star"))
