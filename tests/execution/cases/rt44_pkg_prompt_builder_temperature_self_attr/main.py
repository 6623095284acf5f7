from chatbot.bot import Bot

print(Bot().ask("Plan a day in Lisbon"))
print(Bot(temperature=0.2, max_tokens=5).ask("Best time to visit Porto?"))
print(Bot(max_tokens=12).ask("Name three beaches near Faro"))
