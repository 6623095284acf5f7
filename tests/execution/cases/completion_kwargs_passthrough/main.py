import openai


def complete(prompt, **kwargs):
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompt, **kwargs)
    return resp["choices"][0]["text"]


def main():
    print(complete("Name a fruit"))
    print(complete("Name a tree", user="bob"))


if __name__ == "__main__":
    main()
