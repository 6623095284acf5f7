import openai


class ChatBot:
    DEFAULTS = {"model": "gpt-3.5-turbo", "n": 1}

    def __init__(self, system="You are a helpful assistant.", **overrides):
        self.system = system
        self.params = self.DEFAULTS.copy()
        self.params.update(overrides)

    def reply(self, text):
        response = openai.ChatCompletion.create(
            messages=[
                {"role": "system", "content": self.system},
                {"role": "user", "content": text},
            ],
            **self.params,
        )
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ChatBot().reply("hello"))
    print(ChatBot(temperature=0.2).reply("cold and precise"))
