import openai


def log_usage(response):
    print("usage:", response["usage"])


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    log_usage(response)
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("How many legs does a spider have?"))
