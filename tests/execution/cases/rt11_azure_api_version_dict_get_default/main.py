import os

import openai

SETTINGS = {
    "endpoint": os.environ["AZURE_OPENAI_ENDPOINT"],
    "key": os.environ["AZURE_OPENAI_API_KEY"],
    "deployment": "gpt-4",
}

openai.api_type = "azure"
openai.api_base = SETTINGS["endpoint"]
openai.api_key = SETTINGS["key"]
openai.api_version = SETTINGS.get("api_version", "2023-03-15-preview")


def review_code(snippet):
    response = openai.ChatCompletion.create(
        engine=SETTINGS["deployment"],
        messages=[
            {"role": "system", "content": "You review Python code."},
            {"role": "user", "content": snippet},
        ],
        max_tokens=300,
    )
    return response["choices"][0]["message"]["content"]


print(review_code("def add(a, b): return a - b"))
