from importlib import metadata

import openai

MODEL = "gpt-3.5-turbo"
LEGACY_SDK = int(metadata.version("openai").split(".")[0]) < 1


def ask(question):
    messages = [{"role": "user", "content": question}]
    if LEGACY_SDK:
        response = openai.ChatCompletion.create(model=MODEL, messages=messages,
                                                request_timeout=30)
        return response["choices"][0]["message"]["content"]
    client = openai.OpenAI()
    response = client.chat.completions.create(model=MODEL, messages=messages, timeout=30)
    return response.choices[0].message.content


def main():
    print(ask("Which train goes to the airport?"))


if __name__ == "__main__":
    main()
