import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def ask(question):
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def main():
    print(ask("Where is the nearest pharmacy?"))


if __name__ == "__main__":
    main()
