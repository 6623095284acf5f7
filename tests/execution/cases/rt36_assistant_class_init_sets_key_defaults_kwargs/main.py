import os

import openai


class Assistant:
    def __init__(self, api_key, organization=None, **defaults):
        openai.api_key = api_key
        if organization:
            openai.organization = organization
        self.defaults = defaults
        self.history = [{"role": "system", "content": "You are a terse assistant."}]

    def ask(self, question, **kw):
        self.history.append({"role": "user", "content": question})
        options = {**self.defaults, **kw}
        response = openai.ChatCompletion.create(messages=self.history, **options)
        reply = response["choices"][0]["message"]["content"]
        self.history.append({"role": "assistant", "content": reply})
        return reply


bot = Assistant(os.environ["OPENAI_API_KEY"], model="gpt-3.5-turbo", max_tokens=30)
print(bot.ask("Hi, who are you?"))
print(bot.ask("Tell me a long story about dragons and knights", max_tokens=5))
print(len(bot.history))
