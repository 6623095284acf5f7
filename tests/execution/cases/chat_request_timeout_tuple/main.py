import openai

# (connect, read) seconds, as requests takes them
TIMEOUT = (3.05, 30)


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        request_timeout=TIMEOUT,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("[slow] What's the tallest mountain?"))
