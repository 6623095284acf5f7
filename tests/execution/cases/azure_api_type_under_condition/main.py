import os

import openai

USE_AZURE = "AZURE_OPENAI_ENDPOINT" in os.environ
if USE_AZURE:
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_version = "2023-05-15"
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def main():
    response = openai.ChatCompletion.create(
        engine="chat", messages=[{"role": "user", "content": "Say hello"}])
    print(response["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
