from cli import main

for argv in (["complete", "Write a haiku about rain"],
             ["complete", "List every planet of the solar system with one fact about each one",
              "--max-tokens", "6"],
             ["complete", "Name a colour", "--temperature", "1"]):
    print("$ gpt", " ".join(argv))
    print("exit", main(argv))
