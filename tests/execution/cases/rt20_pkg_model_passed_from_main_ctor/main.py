from bot.chatbot import ChatBot

MODEL = "gpt-3.5-turbo"

tutor = ChatBot(MODEL, "You are a patient math tutor.")
print(tutor.send("What is a prime number?"))
print(tutor.send("Is 51 prime?"))
print(len(tutor.messages), "messages in history")

critic = ChatBot(model="gpt-4", system_prompt="You review essays.")
print(critic.send("Review: cats are better than dogs."))
