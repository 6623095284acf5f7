import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def extract_title(document):
    response = openai.ChatCompletion.create(
        engine="gpt-4",
        messages=[
            {"role": "system", "content": "Reply with a title only."},
            {"role": "user", "content": document},
            {"role": "user", "content": "Title please"},
        ],
        temperature=0.3,
        max_tokens=8,
        stop=["|"],
    )
    choice = response["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


print(extract_title("Minutes of the budget meeting held on Monday with the finance team"))
