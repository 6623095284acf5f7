import openai

from minillm.registry import register


class Chat:
    def __init__(self, model_id):
        self.model_id = model_id

    def prompt(self, text, system=None):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": text})
        response = openai.ChatCompletion.create(model=self.model_id, messages=messages)
        return response.choices[0].message.content


register(Chat("gpt-3.5-turbo"), aliases=("3.5", "chatgpt"))
register(Chat("gpt-4"), aliases=("4", "gpt4"))
