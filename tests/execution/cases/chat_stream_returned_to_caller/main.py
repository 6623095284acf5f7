import openai


def start_stream(question):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )


def main():
    text = ""
    for chunk in start_stream("Describe a rainbow"):
        text += chunk["choices"][0]["delta"].get("content", "")
    print(text)


if __name__ == "__main__":
    main()
