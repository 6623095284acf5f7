import openai

HANDLERS = {
    "title": lambda text: openai.Completion.create(
        model="text-davinci-003", prompt=f"Title for: {text}", max_tokens=20
    )["choices"][0]["text"].strip(),
    "tags": lambda text: openai.Completion.create(
        model="text-davinci-003", prompt=f"Tags for: {text}", max_tokens=20
    )["choices"][0]["text"].strip(),
}


if __name__ == "__main__":
    for name in sorted(HANDLERS):
        print(name, "=>", HANDLERS[name]("a walk in the forest"))
