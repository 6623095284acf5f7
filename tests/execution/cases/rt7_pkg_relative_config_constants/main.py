from assistant.llm import ask


if __name__ == "__main__":
    for q in ["Best month to visit Lisbon?", "Is the Porto metro open at night?"]:
        print(q, "->", ask(q))
