import openai

from llm import Assistant
from utils.retry import ATTEMPTS

bot = Assistant()
print(bot.chat("What is the boiling point of water?"))
print(len(bot.embed("boiling point")))
try:
    bot.chat("[slow] Tell me a long story.")
except openai.error.Timeout:
    print("gave up on the slow question")
for entry in ATTEMPTS:
    print(entry)
