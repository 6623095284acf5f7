import openai


def complete(prompt, model="text-davinci-003"):
    response = openai.Completion.create(model=model, prompt=prompt)
    return response["choices"][0]["text"]


def main():
    print(complete("List three colors:"))
    print(complete("Name a planet:"))


if __name__ == "__main__":
    main()
