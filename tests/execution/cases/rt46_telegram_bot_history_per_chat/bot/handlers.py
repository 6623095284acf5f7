"""Handlers of the family Telegram bot (python-telegram-bot calls these with update dicts)."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

SYSTEM_PROMPT = "You are Pip, a friendly assistant in a family group chat. Keep answers short."
MAX_TURNS = 3  # user/assistant pairs kept per chat

# chat_id -> list of messages (the bot forgets everything on restart, that's fine)
conversations = {}


def _history(chat_id):
    if chat_id not in conversations:
        conversations[chat_id] = [{"role": "system", "content": SYSTEM_PROMPT}]
    return conversations[chat_id]


def _trim(history):
    # keep the system prompt + the last MAX_TURNS exchanges
    excess = len(history) - 1 - MAX_TURNS * 2
    if excess > 0:
        del history[1:1 + excess]


def start(update):
    conversations.pop(update["chat_id"], None)
    return "Hi! I'm Pip. Ask me anything, /reset to start over."


def reset(update):
    conversations[update["chat_id"]] = [{"role": "system", "content": SYSTEM_PROMPT}]
    return "Okay, I forgot our conversation."


def on_message(update):
    history = _history(update["chat_id"])
    history.append({"role": "user", "content": update["text"]})
    _trim(history)
    try:
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=history,
            temperature=0.7,
            max_tokens=200,
            user=str(update["user_id"]),
        )
    except openai.error.OpenAIError:
        history.pop()
        return "Sorry, my brain is offline right now."
    answer = completion.choices[0].message["content"]
    history.append({"role": "assistant", "content": answer})
    if completion.choices[0].finish_reason == "length":
        answer += " ..."
    return answer


COMMANDS = {"/start": start, "/reset": reset}


def dispatch(update):
    text = update["text"].strip()
    handler = COMMANDS.get(text.split()[0], on_message)
    return handler(update)
