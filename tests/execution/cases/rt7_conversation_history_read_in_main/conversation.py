import openai


class Conversation:
    def __init__(self, system, model="gpt-3.5-turbo"):
        self.model = model
        self.messages = [{"role": "system", "content": system}]

    def say(self, text):
        self.messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model=self.model, messages=self.messages)
        message = response["choices"][0]["message"]
        self.messages.append(message)
        return message["content"]
