from assistant import ask, chat

print("ask:", ask("Q: What is the capital of France?\nA:"))
history = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Suggest a name for a grey cat."},
]
print("chat:", chat(history))
