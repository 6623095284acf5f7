import openai


def ask(question, api_key=openai.api_key, model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        api_key=api_key,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print("default key set:", ask.__defaults__[0] is not None)
    print(ask("Hello with the default key"))
