import openai


class Bot:
    def __init__(self, name, model="gpt-3.5-turbo"):
        self.name = name
        self.model = model

    def __repr__(self):
        return f"Bot(name={self.name!r}, model={self.model!r})"

    def reply(self, text):
        response = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": text}]
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    bot = Bot("helper")
    print(bot)
    print(bot.reply("hi"))
