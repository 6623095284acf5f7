from assistant import Assistant

if __name__ == "__main__":
    bot = Assistant("You are a cheerful barista.")
    print(bot.reply("One flat white please."))
    print(bot.reply("Make it oat milk."))
    print("summary:", bot.summarize_history())
