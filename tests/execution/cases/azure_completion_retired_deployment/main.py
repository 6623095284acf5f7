import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def main():
    resp = openai.Completion.create(engine="davinci", prompt="Write a tagline for a bank", max_tokens=20)
    print(resp["choices"][0]["text"])


if __name__ == "__main__":
    main()
