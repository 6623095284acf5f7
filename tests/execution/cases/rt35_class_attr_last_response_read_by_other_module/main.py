from client import GPT

print(GPT.ask("Give me a word that starts with Z."))
print("usage:", GPT.last["usage"]["completion_tokens"], GPT.last["usage"]["total_tokens"])
