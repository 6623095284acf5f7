from config import *  # noqa: F401,F403

import openai


def ask(question):
    response = openai.ChatCompletion.create(
        model=MODEL,
        temperature=TEMPERATURE,
        max_tokens=MAX_TOKENS,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": question},
        ],
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    print(ask("What does HTTP stand for?"))
