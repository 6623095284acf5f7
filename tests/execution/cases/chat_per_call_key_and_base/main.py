import os

import openai

# The shared key was revoked and the old proxy is gone: each tenant's call brings its own.
openai.api_key = "sk-revoked-shared-key"
openai.api_base = "http://127.0.0.1:9/v1"


def ask(question, tenant_key, endpoint, organization=None):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        api_key=tenant_key,
        api_base=endpoint,
        organization=organization,
    )
    return completion["choices"][0]["message"]["content"]


def main():
    print(ask("What is the boiling point of water?", os.environ["OPENAI_API_KEY"],
              os.environ["OPENAI_API_BASE"]))


if __name__ == "__main__":
    main()
