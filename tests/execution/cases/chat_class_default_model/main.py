import openai


class ChatBot:
    def __init__(self, model="gpt-3.5-turbo-0301", system="You are helpful."):
        self.model = model
        self.system = system

    def reply(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "system", "content": self.system}, {"role": "user", "content": text}],
        )
        return response


def main():
    bot = ChatBot()
    answer = bot.reply("Recommend a book")
    print(answer["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
