import os

import openai

MODEL = os.getenv("COMPLETION_MODEL", "text-davinci-003")


def translate(sentence):
    resp = openai.Completion.create(model=MODEL, prompt="Translate to French: " + sentence)
    return resp["choices"][0]["text"].strip()


def main():
    print(translate("Good morning"))


if __name__ == "__main__":
    main()
