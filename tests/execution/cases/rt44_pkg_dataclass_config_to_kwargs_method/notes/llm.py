import openai

from notes.config import ChatConfig


def ask(question, config=ChatConfig()):
    response = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": question}], **config.to_kwargs()
    )
    return response["choices"][0]["message"]["content"]
