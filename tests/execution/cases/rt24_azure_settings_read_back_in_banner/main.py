import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def main():
    print(f"provider={openai.api_type} api-version={openai.api_version}")
    response = openai.ChatCompletion.create(
        engine="chat", messages=[{"role": "user", "content": "ping"}]
    )
    print(response["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
