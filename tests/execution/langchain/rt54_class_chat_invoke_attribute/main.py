from langchain.chat_models import ChatOpenAI


class Assistant:
    def __init__(self, name):
        self.name = name
        self.chat = ChatOpenAI(model_name="gpt-3.5-turbo-0613", temperature=0, max_retries=1)

    def reply(self, text):
        message = self.chat.invoke([("system", f"You are {self.name}."), ("human", text)])
        return message.content


if __name__ == "__main__":
    bot = Assistant("Ada")
    print(bot.reply("Hello there"))
    print(bot.reply("What is 2+2?"))
