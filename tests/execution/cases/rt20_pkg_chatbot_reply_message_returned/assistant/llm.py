import openai

MODEL = "gpt-3.5-turbo"


class Assistant:
    def __init__(self, persona):
        self.history = [{"role": "system", "content": persona}]

    def reply(self, text):
        self.history.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model=MODEL, messages=self.history)
        message = response.choices[0].message
        self.history.append(message)
        return message
