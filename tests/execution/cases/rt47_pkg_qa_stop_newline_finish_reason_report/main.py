from qa.answer import answer

if __name__ == "__main__":
    truncated = 0
    for question, hint in [("Capital of Chile?", "Santiago"), ("Largest ocean?", "Pacific")]:
        text, finish = answer(question, hint)
        truncated += finish == "length"
        print(f"{finish:6} {text}")
    print("truncated answers:", truncated)
