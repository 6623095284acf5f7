import os

import openai


def configure():
    openai.api_key = os.environ["OPENAI_API_KEY"]


# one entry per workspace; each caller brings its own key
BACKENDS = {
    "chat": lambda question, key: openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        api_key=key,
    ),
}


if __name__ == "__main__":
    configure()
    reply = BACKENDS["chat"]("Hello from a workspace", os.environ["OPENAI_API_KEY"])
    print(reply["choices"][0]["message"]["content"])
