import os

import openai as ai

ai.api_key = os.getenv("OPENAI_API_KEY")


def translate(text, language="French"):
    res = ai.ChatCompletion.create(
        model="gpt-4",
        messages=[
            {"role": "system", "content": f"Translate into {language}."},
            {"role": "user", "content": text},
        ],
    )
    return res["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(translate("Good morning"))
    print(translate("Thank you", language="German"))
