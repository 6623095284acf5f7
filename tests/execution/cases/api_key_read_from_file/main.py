import os
from pathlib import Path

import openai

KEY_FILE = Path(os.getenv("OPENAI_KEY_FILE", "~/.config/openai/nonexistent-key")).expanduser()

if KEY_FILE.exists():
    openai.api_key = KEY_FILE.read_text().strip()
else:
    openai.api_key = os.environ["OPENAI_API_KEY"]


def translate(text, language="French"):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": f"Translate to {language}."},
            {"role": "user", "content": text},
        ],
    )
    return completion.choices[0].message["content"]


if __name__ == "__main__":
    print(translate("Good morning"))
    print(translate("Thank you", "German"))
