"""A Telegram-style bot: one history per chat id, trimmed to the last few turns."""
import os
from collections import defaultdict

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

SYSTEM = "You are a friendly Telegram bot that answers briefly."
MAX_TURNS = 4


class Update:
    def __init__(self, chat_id, text):
        self.chat_id = chat_id
        self.text = text


class GPTBot:
    def __init__(self, model="gpt-3.5-turbo", temperature=0.7):
        self.model = model
        self.temperature = temperature
        self.histories = defaultdict(list)

    def _messages(self, chat_id):
        history = self.histories[chat_id][-MAX_TURNS * 2:]
        return [{"role": "system", "content": SYSTEM}] + history

    def handle(self, update):
        if update.text.startswith("/reset"):
            self.histories.pop(update.chat_id, None)
            return "History cleared."
        self.histories[update.chat_id].append({"role": "user", "content": update.text})
        try:
            completion = openai.ChatCompletion.create(
                model=self.model,
                messages=self._messages(update.chat_id),
                temperature=self.temperature,
            )
        except openai.error.RateLimitError:
            return "Too many requests, try again later."
        except openai.error.OpenAIError as err:
            return "Something went wrong: " + type(err).__name__
        reply = completion["choices"][0]["message"]["content"]
        self.histories[update.chat_id].append({"role": "assistant", "content": reply})
        return reply


def main():
    bot = GPTBot()
    updates = [Update(1, "hi there"), Update(2, "what is 2+2"), Update(1, "tell me a joke"),
               Update(1, "/reset"), Update(1, "again")]
    for update in updates:
        print(f"[{update.chat_id}] {update.text!r} -> {bot.handle(update)}")
    print({chat: len(h) for chat, h in bot.histories.items()})


if __name__ == "__main__":
    main()
