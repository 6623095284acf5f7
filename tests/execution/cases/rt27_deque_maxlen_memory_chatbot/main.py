import os
from collections import deque

import openai


class ChatBot:
    model = "gpt-3.5-turbo"
    temperature = 0.9
    system = "You are a witty assistant who answers in at most two sentences."

    def __init__(self, memory_size=4):
        self.memory = deque(maxlen=memory_size)

    def ask(self, text):
        self.memory.append({"role": "user", "content": text})
        messages = [{"role": "system", "content": self.system}] + list(self.memory)
        completion = openai.ChatCompletion.create(
            model=self.model, messages=messages, temperature=self.temperature
        )
        answer = completion["choices"][0]["message"]["content"]
        self.memory.append({"role": "assistant", "content": answer})
        return answer


if __name__ == "__main__":
    openai.api_key = os.environ["OPENAI_API_KEY"]
    bot = ChatBot()
    for q in ["name three fruits", "which is the sweetest", "and the sourest", "thanks"]:
        print(">", q)
        print(bot.ask(q))
    print("remembered:", [m["role"][0] for m in bot.memory])
