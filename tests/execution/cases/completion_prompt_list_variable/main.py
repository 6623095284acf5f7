import openai

QUESTIONS = ["Is water wet?", "Is fire hot?"]


def batch(prompts):
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompts)
    return [c["text"] for c in resp["choices"]]


def main():
    prompts = [q + " Answer yes or no." for q in QUESTIONS]
    resp = openai.Completion.create(model="text-davinci-003", prompt=prompts)
    for choice in resp["choices"]:
        print(choice["text"])
    print(batch(QUESTIONS))


if __name__ == "__main__":
    main()
