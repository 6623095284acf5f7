import llm

QUESTIONS = [
    "Which planet is closest to the sun?",
    "Name a prime number between 10 and 20.",
]

if __name__ == "__main__":
    print("llm available:", llm.available())
    spent = 0
    for q in QUESTIONS:
        answer, tokens = llm.ask(q)
        spent += tokens
        print(f"{q} -> {answer}")
    print("tokens spent:", spent)
