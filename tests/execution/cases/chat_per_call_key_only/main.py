import os

import openai

# No key of the module: every call brings its tenant's key.
TENANT_KEYS = {"acme": os.environ.pop("OPENAI_API_KEY")}


def ask(tenant, question):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        api_key=TENANT_KEYS[tenant],
    )
    return completion["choices"][0]["message"]["content"]


def main():
    print(ask("acme", "Who wrote Hamlet?"))


if __name__ == "__main__":
    main()
