import openai


class TextGenerator:
    DEFAULT_PARAMS = {
        "engine": "text-davinci-003",
        "max_tokens": 150,
        "temperature": 0.7,
        "top_p": 1,
    }

    def __init__(self, **params):
        self.params = self.DEFAULT_PARAMS.copy()
        self.params.update(params)

    def generate(self, prompt):
        response = openai.Completion.create(prompt=prompt, **self.params)
        return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    print(TextGenerator().generate("Write a tagline for an ice cream shop"))
    print(TextGenerator(max_tokens=3).generate("Write a long story about a brave knight"))
