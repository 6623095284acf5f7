from cli import main

for argv in (["chat", "Hello!", "--system", "Be terse."],
             ["chat", "Tell me everything you know about the history of tea in China",
              "--max-tokens", "5"],
             ["embed", "red apple", "green pear"]):
    print("$ gpt", " ".join(argv))
    print("exit", main(argv))
