from assistant.chat import ask

answer, estimate = ask("What is a monad?")
print(answer, "| estimated prompt tokens:", estimate)
history = [{"role": "user", "content": "What is a monad?"},
           {"role": "assistant", "content": answer}]
answer, estimate = ask("Give an example", history)
print(answer, "| estimated prompt tokens:", estimate)
