import openai

PROMPTS = ["Write a haiku about rain", "Write a haiku about snow"]


def main():
    texts = [
        openai.Completion.create(model="text-davinci-003", prompt=p, max_tokens=60)["choices"][0]["text"].strip()
        for p in PROMPTS
    ]
    for text in texts:
        print(len(text) > 0)


if __name__ == "__main__":
    main()
