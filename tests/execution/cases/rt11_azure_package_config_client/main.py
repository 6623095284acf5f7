from assistant.client import ask

history = []
for question in ["How many vacation days do I have?", "Can I carry them over?"]:
    answer = ask(question, history)
    history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    print(answer)
print(len(history), "messages")
