import bot


def main():
    history = [{"role": "system", "content": "You are a friendly support bot."}]
    print(bot.reply("My order has not arrived.", history))
    print(bot.reply("Can I get a refund?"))


if __name__ == "__main__":
    main()
