from cli import main

if __name__ == "__main__":
    for argv in (
        ["chat", "Name", "three", "colors", "--usage"],
        ["chat", "--system", "Answer in French.", "Good", "night", "--max-tokens", "3"],
        ["embed", "apple", "banana pie"],
        ["moderate", "I will hurt you, you stupid person"],
        ["moderate", "What a lovely day"],
    ):
        print("$ oai " + " ".join(argv))
        main(argv)
