import os

import openai

AZURE_CONFIG = {
    "api_type": "azure",
    "api_base": os.environ["AZURE_OPENAI_ENDPOINT"],
    "api_version": "2023-05-15",
    "api_key": os.environ["AZURE_OPENAI_API_KEY"],
}

for name, value in AZURE_CONFIG.items():
    setattr(openai, name, value)


def translate(text, language="French"):
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": f"Translate to {language}: {text}"}],
    )
    return response["choices"][0]["message"]["content"]


print(translate("Good morning"))
