import os

import openai

TENANTS = {"acme": os.environ["OPENAI_API_KEY"], "globex": os.environ["OPENAI_API_KEY"]}


def configure():
    openai.api_key = os.environ["OPENAI_API_KEY"]


def greet_all(question):
    return {
        name: openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": f"{name}: {question}"}],
            api_key=key,
        )["choices"][0]["message"]["content"]
        for name, key in TENANTS.items()
    }


if __name__ == "__main__":
    configure()
    for tenant, answer in greet_all("good morning").items():
        print(tenant, "->", answer)
