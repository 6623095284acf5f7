import openai


def ask(question):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return completion["choices"][0]["message"]["content"]


def main():
    print(ask("What is the boiling point of water?"))
    print(ask("Who wrote Hamlet?"))


if __name__ == "__main__":
    main()
