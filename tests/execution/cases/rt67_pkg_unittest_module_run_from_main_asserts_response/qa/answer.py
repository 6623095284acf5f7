import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"
SYSTEM = "Answer in one short sentence using only the context."


def answer(question, context):
    return openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Context: {context}\n\nQuestion: {question}"},
        ],
        temperature=0,
    )


def text_of(response):
    return response["choices"][0]["message"]["content"].strip()
