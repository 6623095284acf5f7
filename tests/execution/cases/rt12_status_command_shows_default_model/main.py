"""A Telegram bot with a /status command that tells users which model answers them."""
import os

import openai

DEFAULT_MODEL = "gpt-3.5-turbo"
BOT_NAME = os.getenv("BOT_NAME", "HelperBot")


def handle(text):
    if text == "/status":
        return f"{BOT_NAME} is online, answering with {DEFAULT_MODEL}."
    response = openai.ChatCompletion.create(
        model=DEFAULT_MODEL,
        messages=[{"role": "user", "content": text}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    for text in ["/status", "hello", "how are you"]:
        print(handle(text))
