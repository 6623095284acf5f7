import openai


def main():
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Give me a haiku about rain"}],
    )
    message = response["choices"][0]["message"]
    print(message)
    print("---")
    print(message["content"])


if __name__ == "__main__":
    main()
