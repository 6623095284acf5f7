import openai


def main():
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=["Capital of France?", "Capital of Spain?", "Capital of Italy?"],
    )
    for choice in resp["choices"]:
        print(choice["index"], choice["text"])


if __name__ == "__main__":
    main()
