from bot import ChatBot


class SmartBot(ChatBot):
    MODEL = "gpt-4"


if __name__ == "__main__":
    print(ChatBot().reply("Hi, what can you do?"))
    print(SmartBot().reply("Explain quantum tunnelling briefly."))
