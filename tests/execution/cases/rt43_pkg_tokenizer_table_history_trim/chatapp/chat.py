import openai

from chatapp.config import MODEL, PROMPT_BUDGET
from chatapp.memory import trim


class Conversation:
    def __init__(self, system):
        self.messages = [{"role": "system", "content": system}]

    def say(self, text):
        self.messages.append({"role": "user", "content": text})
        self.messages = trim(self.messages, MODEL, PROMPT_BUDGET)
        response = openai.ChatCompletion.create(model=MODEL, messages=self.messages)
        reply = response["choices"][0]["message"]["content"]
        self.messages.append({"role": "assistant", "content": reply})
        return len(self.messages), reply
