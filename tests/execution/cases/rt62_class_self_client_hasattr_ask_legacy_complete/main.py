from assistant import Assistant

if __name__ == "__main__":
    bot = Assistant()
    print(bot.ask("What is the capital of Peru?"))
    smart = Assistant(model="gpt-4", system="Answer in one word.")
    print(smart.ask("Largest planet?"))
    print(repr(bot.complete("Roses are red,")))
