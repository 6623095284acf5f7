from llm import GeminiLLM


def main():
    llm = GeminiLLM(temperature=0.7)
    for idea in ["a todo app", "a weather bot"]:
        print(llm.generate(f"Suggest a catchy name for {idea}."))


if __name__ == "__main__":
    main()
