import openai


def ask(prompt):
    return openai.Completion.create(model="text-davinci-003", prompt=prompt)


def main():
    response = ask("Write a haiku about rain")
    print(response["choices"][0]["text"].strip())
    print(response["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
