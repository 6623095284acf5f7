from llm import chat, embed

print(chat("Name a famous painting by Monet"))
print(chat("Name a famous painting by Vermeer", tier="smart"))
print(len(embed("water lilies")))
