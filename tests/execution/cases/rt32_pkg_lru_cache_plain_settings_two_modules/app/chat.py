import openai

from app.settings import get_settings


def chat(history):
    response = openai.ChatCompletion.create(
        model=get_settings().chat_model,
        messages=history,
    )
    return response["choices"][0]["message"]["content"]
