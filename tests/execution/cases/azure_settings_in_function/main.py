import os

import openai


def configure():
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_version = "2023-05-15"
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def main():
    configure()
    resp = openai.ChatCompletion.create(engine="chat", messages=[{"role": "user", "content": "Ping from Azure"}])
    print(resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
