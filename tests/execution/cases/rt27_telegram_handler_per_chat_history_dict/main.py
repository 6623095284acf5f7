"""Telegram bot that remembers the last few turns of each chat."""
import os
from dataclasses import dataclass

import openai


# --- minimal stand-ins for python-telegram-bot (v13 style) -------------------------------
@dataclass
class Chat:
    id: int


@dataclass
class Message:
    chat: Chat
    text: str

    def reply_text(self, text):
        print(f"[chat {self.chat.id}] {text}")


@dataclass
class Update:
    message: Message


class Dispatcher:
    def __init__(self):
        self.commands = {}
        self.fallback = None

    def add_command(self, name, fn):
        self.commands[name] = fn

    def add_text(self, fn):
        self.fallback = fn

    def feed(self, chat_id, text):
        update = Update(Message(Chat(chat_id), text))
        if text.startswith("/"):
            self.commands[text[1:].split()[0]](update, None)
        else:
            self.fallback(update, None)


# --- the bot ------------------------------------------------------------------------------
MAX_TURNS = 2


class GPTBot:
    def __init__(self, api_key, model="gpt-3.5-turbo"):
        openai.api_key = api_key
        self.model = model
        self.histories = {}

    def start(self, update, context):
        self.histories[update.message.chat.id] = []
        update.message.reply_text("Hi! I'm a GPT bot. Ask me anything.")

    def on_text(self, update, context):
        chat_id = update.message.chat.id
        history = self.histories.setdefault(chat_id, [])
        history.append({"role": "user", "content": update.message.text})
        history[:] = history[-MAX_TURNS * 2:]
        try:
            response = openai.ChatCompletion.create(
                model=self.model,
                messages=[{"role": "system", "content": "You are a Telegram bot."}] + history,
            )
        except openai.error.OpenAIError as e:
            update.message.reply_text("Sorry, the AI is unavailable right now.")
            print("error:", type(e).__name__)
            return
        answer = response["choices"][0]["message"]["content"].strip()
        history.append({"role": "assistant", "content": answer})
        update.message.reply_text(answer)


def main():
    bot = GPTBot(os.environ["OPENAI_API_KEY"])
    dp = Dispatcher()
    dp.add_command("start", bot.start)
    dp.add_text(bot.on_text)
    for chat_id, text in [(1, "/start"), (1, "hello"), (2, "who are you"), (1, "tell me a joke"),
                          (1, "another one"), (2, "/start"), (2, "hi again")]:
        dp.feed(chat_id, text)
    print({k: len(v) for k, v in bot.histories.items()})


if __name__ == "__main__":
    main()
