import openai


class SupportBot:
    REQUEST_OPTIONS = {"request_timeout": 30, "headers": {"X-Team": "support"}}

    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def ask(self, question):
        r = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            **self.REQUEST_OPTIONS,
        )
        return r["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(SupportBot().ask("Where is my order?"))
