import openai

from assistant.capabilities import history_limit


class Bot:
    def __init__(self, model="gpt-3.5-turbo", system="You are a terse assistant."):
        self.model = model
        self.system = system
        self.history = []

    def send(self, text):
        self.history.append({"role": "user", "content": text})
        keep = history_limit(self.model)
        messages = [{"role": "system", "content": self.system}] + self.history[-keep:]
        response = openai.ChatCompletion.create(model=self.model, messages=messages)
        reply = response["choices"][0]["message"]["content"]
        self.history.append({"role": "assistant", "content": reply})
        return reply
