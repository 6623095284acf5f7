import openai

BASE_MODEL = "gpt-3.5-turbo"


def ask(text, long_context=False):
    suffix = "-16k" if long_context else ""
    response = openai.ChatCompletion.create(
        model=f"{BASE_MODEL}{suffix}",
        messages=[{"role": "user", "content": text}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Short question"))
    print(ask("A very long document follows", long_context=True))
