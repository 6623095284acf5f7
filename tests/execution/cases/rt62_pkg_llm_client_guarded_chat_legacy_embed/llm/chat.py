import openai

from llm.client import client

MODEL = "gpt-3.5-turbo"


def ask(question, context):
    messages = [
        {"role": "system", "content": "Answer from the context only."},
        {"role": "user", "content": f"{context}\n\nQ: {question}"},
    ]
    if client is not None:
        out = client.chat.completions.create(model=MODEL, messages=messages)
    else:
        out = openai.ChatCompletion.create(model=MODEL, messages=messages)
    return out.choices[0].message.content
