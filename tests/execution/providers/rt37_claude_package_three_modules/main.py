from bot.llm import complete

if __name__ == "__main__":
    print(complete("What does HTTP stand for?"))
    print(complete("Give me a synonym for fast."))
