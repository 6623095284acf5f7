import openai


class GPTTask:
    model = "gpt-3.5-turbo"
    temperature = 0
    system_template = "You are a helpful assistant."

    def __init__(self, **fields):
        self.fields = fields

    def system_prompt(self):
        return self.system_template.format(**self.fields)

    def run(self, user_input):
        response = openai.ChatCompletion.create(
            model=self.model,
            temperature=self.temperature,
            messages=[
                {"role": "system", "content": self.system_prompt()},
                {"role": "user", "content": user_input},
            ],
        )
        return response.choices[0].message.content


class Translator(GPTTask):
    system_template = "Translate the user's text to {language}."


class Rewriter(GPTTask):
    system_template = "Rewrite the text in a {tone} tone."
    temperature = 0.8


if __name__ == "__main__":
    print(Translator(language="Spanish").run("Where is the library?"))
    print(Rewriter(tone="formal").run("gonna be late, sorry"))
    print(GPTTask().run("hello"))
