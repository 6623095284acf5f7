import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def ask(question):
    response = openai.ChatCompletion.create(
        engine="gpt-4",  # the deployment's name, after the model it was created with
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def main():
    print(ask("Which river flows through Vienna?"))


if __name__ == "__main__":
    main()
