import openai

MODELS = {
    "fast": "text-babbage-001",
    "balanced": "text-curie-001",
    "best": "text-davinci-003",
}


def answer(question, tier="balanced"):
    resp = openai.Completion.create(model=MODELS[tier], prompt="Q: " + question + "\nA:")
    return resp["choices"][0]["text"].strip()


def main():
    print(answer("What is the capital of Peru?"))
    print(answer("How many legs has a spider?", tier="best"))


if __name__ == "__main__":
    main()
