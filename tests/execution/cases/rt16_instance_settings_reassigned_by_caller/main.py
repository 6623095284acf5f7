import openai


class Bot:
    def __init__(self):
        self.model = "gpt-3.5-turbo"
        self.temperature = 0.7
        self.max_tokens = 50

    def ask(self, question):
        r = openai.ChatCompletion.create(
            model=self.model,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": question}],
        )
        return r.choices[0].message.content


if __name__ == "__main__":
    bot = Bot()
    print(bot.ask("one two three four"))
    bot.model = "gpt-4"
    bot.temperature = 0.1
    bot.max_tokens = 2
    print(bot.ask("one two three four"))
    bot.max_tokens = 20
    print(bot.ask("five six"))
