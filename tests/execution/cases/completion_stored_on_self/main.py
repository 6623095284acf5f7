import openai


class Drafter:
    def __init__(self):
        self.last = None

    def draft(self, subject):
        self.last = openai.Completion.create(model="text-davinci-003", prompt="Draft an email about " + subject)

    def text(self):
        return self.last["choices"][0]["text"]

    def tokens(self):
        return self.last["usage"]["completion_tokens"]


def main():
    d = Drafter()
    d.draft("the office move")
    print(d.text())
    print(d.tokens())


if __name__ == "__main__":
    main()
