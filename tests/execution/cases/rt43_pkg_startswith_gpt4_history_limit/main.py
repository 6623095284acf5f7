from assistant.bot import Bot

TURNS = ["one", "two", "three", "four", "five", "six"]

for bot in (Bot(), Bot(model="gpt-4")):
    for turn in TURNS:
        last = bot.send(turn)
    print(last)
