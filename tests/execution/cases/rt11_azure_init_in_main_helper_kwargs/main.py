import os

import openai


def init():
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_version = "2023-05-15"
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def chat(prompt, deployment="chat", temperature=0.2, max_tokens=120):
    response = openai.ChatCompletion.create(
        engine=deployment,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"]


def main():
    init()
    print(chat("Name three rivers in Europe."))
    print(chat("Name three rivers in Asia.", deployment="gpt4", temperature=0))
    print(chat("Name one river in Africa.", max_tokens=3))


if __name__ == "__main__":
    main()
