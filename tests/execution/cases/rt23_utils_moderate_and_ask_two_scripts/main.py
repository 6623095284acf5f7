import bot
import faq

for text in ["How do I return an item?", "Where is my order?"]:
    print("bot:", bot.handle(text))
faq.run()
