import os

import openai


class History(list):
    def __init__(self, system):
        super().__init__([{"role": "system", "content": system}])

    def add_user(self, text):
        self.append({"role": "user", "content": text})

    def add_assistant(self, text):
        self.append({"role": "assistant", "content": text})

    def trim(self, max_messages=5):
        while len(self) > max_messages:
            del self[1]


def main():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    history = History("You are a gardening expert.")
    for q in ["when to plant tomatoes", "how often to water", "what about basil", "and mint"]:
        history.add_user(q)
        history.trim()
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history, max_tokens=100)
        history.add_assistant(resp.choices[0].message.content)
        print(len(history), history[-1]["content"])


main()
