from agent import ask

print(ask("price of msft"))
