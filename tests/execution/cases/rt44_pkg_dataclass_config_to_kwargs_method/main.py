from notes.config import ChatConfig
from notes.llm import ask

print(ask("Turn this into a todo list: buy milk, call mom, fix bike"))
strict = ChatConfig(model="gpt-4", max_tokens=5)
print("strict reply limit:", strict.max_tokens)
print(ask("Turn this into a todo list: pay rent, water plants, book dentist", strict))
