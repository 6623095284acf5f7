"""Telegram-style bot (python-telegram-bot v13 shape, simulated updates): one history per chat."""
import os
from collections import defaultdict

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

SYSTEM = "You are TeleGPT, a concise assistant living in Telegram."
MAX_TURNS = 2  # user+assistant pairs kept per chat

histories = defaultdict(list)


def start(update):
    histories[update["chat_id"]].clear()
    return "Hi! Send me a message and I will answer. /reset forgets our chat."


def reset(update):
    n = len(histories.pop(update["chat_id"], []))
    return f"Forgot {n} messages."


def text_message(update):
    history = histories[update["chat_id"]]
    history.append({"role": "user", "content": update["text"]})
    history[:] = history[-(MAX_TURNS * 2 + 1):]
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "system", "content": SYSTEM}] + history,
        temperature=0.6,
        user=str(update["user_id"]),
    )
    answer = completion["choices"][0]["message"]["content"]
    history.append({"role": "assistant", "content": answer})
    return answer


COMMANDS = {"/start": start, "/reset": reset}

UPDATES = [
    {"chat_id": 10, "user_id": 1, "text": "/start"},
    {"chat_id": 10, "user_id": 1, "text": "hello"},
    {"chat_id": 20, "user_id": 2, "text": "what is telegram?"},
    {"chat_id": 10, "user_id": 1, "text": "tell me a joke"},
    {"chat_id": 10, "user_id": 1, "text": "another one"},
    {"chat_id": 20, "user_id": 2, "text": "/reset"},
    {"chat_id": 10, "user_id": 1, "text": "thanks"},
]

for update in UPDATES:
    handler = COMMANDS.get(update["text"].split()[0], text_message)
    reply = handler(update)
    print(f"[{update['chat_id']}] {update['text']!r} -> {reply}")
print({chat: len(h) for chat, h in histories.items()})
