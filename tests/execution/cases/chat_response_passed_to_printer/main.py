import openai


def report(response):
    print(response["choices"][0]["message"]["content"])
    print("used", response["usage"]["total_tokens"], "tokens")


def main():
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Describe a sunset"}]
    )
    report(response)


if __name__ == "__main__":
    main()
