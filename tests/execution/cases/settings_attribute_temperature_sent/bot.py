import openai


class Bot:
    def __init__(self, config):
        self.config = config

    def answer(self, question):
        response = openai.ChatCompletion.create(
            model=self.config.chat_model,
            messages=[{"role": "user", "content": question}],
            temperature=self.config.temperature,
            max_tokens=self.config.max_tokens,
        )
        return response.choices[0].message.content
