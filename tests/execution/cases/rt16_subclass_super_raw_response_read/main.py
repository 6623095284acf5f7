import openai


class RawChat:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def ask(self, prompt):
        return openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )


class TextChat(RawChat):
    def ask(self, prompt):
        response = super().ask(prompt)
        return response["choices"][0]["message"]["content"]


class AuditedChat(TextChat):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []

    def ask(self, prompt):
        text = super().ask(prompt)
        self.log.append((prompt, len(text)))
        return text


if __name__ == "__main__":
    raw = RawChat().ask("raw please")
    print(raw["usage"]["total_tokens"], raw["choices"][0]["finish_reason"])
    print(TextChat().ask("text please"))
    audited = AuditedChat()
    audited.ask("first")
    audited.ask("second question")
    print(audited.log)
