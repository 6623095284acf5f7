import openai


def main():
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Suggest a name for a cat"}],
        n=2,
    )
    for choice in response["choices"]:
        print(choice["index"], choice["finish_reason"], len(choice["message"]["content"]) > 0)
    print("tokens:", response["usage"]["total_tokens"] > 0)


if __name__ == "__main__":
    main()
