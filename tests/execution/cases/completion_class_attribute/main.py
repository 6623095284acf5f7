import openai


class Summarizer:
    model = "text-davinci-003"

    def __init__(self, style):
        self.style = style

    def summarize(self, text):
        completion = openai.Completion.create(
            model=self.model,
            prompt=f"Summarize in a {self.style} style: {text}",
        )
        return completion["choices"][0]["text"].strip()


def main():
    bot = Summarizer("formal")
    print(bot.summarize("the quarterly numbers went up by four percent"))


if __name__ == "__main__":
    main()
