import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
openai.organization = os.getenv("OPENAI_ORGANIZATION")


def main():
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Status?"}])
    print(resp["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
