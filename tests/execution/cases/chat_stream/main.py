import openai


def main():
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Count to five please"}],
        stream=True,
    )
    collected = []
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        collected.append(delta.get("content", ""))
    print("".join(collected))


if __name__ == "__main__":
    main()
