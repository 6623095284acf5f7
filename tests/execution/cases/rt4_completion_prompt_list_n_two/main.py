import openai


def main():
    prompts = ["Slogan for coffee:", "Slogan for tea:"]
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=["Slogan for coffee:", "Slogan for tea:"],
        n=2,
        max_tokens=12,
    )
    for choice in response["choices"]:
        which = prompts[choice["index"] // 2]
        print(choice["index"], which, "->", choice["text"].strip())


if __name__ == "__main__":
    main()
