from chat import Chat

default = Chat()
print(default("Suggest a name for a cat"))

brief = Chat(max_tokens=4)
print(brief("Suggest a name for a dog"))

strict = Chat(model="gpt-4", temperature=0, system="You answer with one word.")
print(strict("Suggest a name for a goldfish"))
print(len(default.history), len(brief.history), len(strict.history))
