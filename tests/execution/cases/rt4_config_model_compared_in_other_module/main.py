import openai

import config
from prompts import system_prompt


def ask(question):
    response = openai.ChatCompletion.create(
        model=config.MODEL,
        messages=[
            {"role": "system", "content": system_prompt()},
            {"role": "user", "content": question},
        ],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(system_prompt())
    print(ask("What is DNS?"))
