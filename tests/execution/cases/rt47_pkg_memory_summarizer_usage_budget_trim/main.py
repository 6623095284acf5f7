from convo.assistant import Assistant

if __name__ == "__main__":
    bot = Assistant()
    for text in ["I want to visit Portugal in spring",
                 "Which cities are good for food and old architecture",
                 "How many days should I stay in Porto",
                 "And Lisbon?"]:
        answer, prompt_tokens = bot.reply(text)
        print(prompt_tokens, len(answer.split()), "folds:", bot.memory.folds)
    print("summary:", bot.memory.summary[:80])
