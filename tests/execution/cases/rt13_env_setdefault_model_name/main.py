import os

import openai

os.environ.setdefault("OPENAI_MODEL", "gpt-3.5-turbo")
os.environ.setdefault("OPENAI_MAX_TOKENS", "120")


def answer(question):
    response = openai.ChatCompletion.create(
        model=os.environ["OPENAI_MODEL"],
        messages=[{"role": "user", "content": question}],
        max_tokens=int(os.environ["OPENAI_MAX_TOKENS"]),
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(answer("What is an environment variable?"))
