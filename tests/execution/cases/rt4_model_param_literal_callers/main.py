import openai


def ask(model, question):
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": question}]
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("gpt-3.5-turbo", "Hi there"))
    print(ask("gpt-4", "Hello again"))
