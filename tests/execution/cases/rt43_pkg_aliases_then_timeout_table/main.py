from askbot.llm import ask

for alias in ("fast", "smart"):
    attempts, answer = ask("How do tides work?", alias)
    print(f"{alias}: up to {attempts} attempts -> {answer}")
