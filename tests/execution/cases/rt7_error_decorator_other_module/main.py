from llm import ask

if __name__ == "__main__":
    print(ask("What's the capital of Japan?"))
    print(ask("What's the capital of Japan?", model="gpt-5-turbo-preview-x"))
