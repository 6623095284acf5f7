"""A small chatbot that keeps the last few exchanges in memory."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


class ChatBot:
    def __init__(self, system_prompt, model="gpt-3.5-turbo", max_turns=2):
        self.model = model
        self.max_turns = max_turns
        self.system = {"role": "system", "content": system_prompt}
        self.messages = [self.system]

    def _trim(self):
        # keep the system prompt plus the last max_turns user/assistant pairs
        body = self.messages[1:]
        if len(body) > self.max_turns * 2:
            body = body[-self.max_turns * 2:]
        self.messages = [self.system] + body

    def chat(self, user_input):
        self.messages.append({"role": "user", "content": user_input})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=self.messages,
            temperature=0.7,
        )
        reply = response.choices[0].message.content
        self.messages.append({"role": "assistant", "content": reply})
        self._trim()
        return reply


if __name__ == "__main__":
    bot = ChatBot("You are a friendly travel agent.")
    for turn in ["Hi there", "I want to visit Japan", "When is the best season?", "Thanks!"]:
        print("you:", turn)
        print("bot:", bot.chat(turn))
        print("  (history:", len(bot.messages), "messages)")
