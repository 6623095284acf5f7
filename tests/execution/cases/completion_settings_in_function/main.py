import os

import openai


def setup():
    openai.api_key = os.getenv("OPENAI_API_KEY")
    openai.api_base = os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1")
    openai.organization = os.getenv("OPENAI_ORG", "org-example")


def run(prompt):
    setup()
    out = openai.Completion.create(model="text-davinci-003", prompt=prompt)
    return out["choices"][0]["text"]


def main():
    print(run("Name a famous bridge"))


if __name__ == "__main__":
    main()
