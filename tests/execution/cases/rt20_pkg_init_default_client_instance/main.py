import gptkit

print(gptkit.ask("What is the tallest mountain in Europe?"))
print(gptkit.ask("And in South America?"))
print("calls:", gptkit.default_client.calls)
