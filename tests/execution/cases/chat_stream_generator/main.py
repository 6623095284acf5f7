import openai


def tokens(prompt):
    for chunk in openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    ):
        if "content" in chunk["choices"][0]["delta"]:
            yield chunk["choices"][0]["delta"]["content"]


def main():
    words = list(tokens("Name three rivers"))
    print("".join(words))
    print(len(words))


if __name__ == "__main__":
    main()
