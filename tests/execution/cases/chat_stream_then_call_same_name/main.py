import openai


def main():
    text = ""
    for response in openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Say hello"}], stream=True
    ):
        text += response["choices"][0]["delta"].get("content", "")
    print(text)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Say goodbye"}]
    )
    print(response["choices"][0]["message"]["content"], response["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
