from bot.replies import reply
from bot.titles import make_title

question = "My package never arrived, what should I do?"
answer = reply(question)
print("reply:", answer)
print("title:", make_title(f"User: {question}\nBot: {answer}"))
