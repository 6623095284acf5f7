import openai

ALLOWED_MODELS = {"gpt-3.5-turbo", "gpt-4"}


class Bot:
    def __init__(self):
        self._model = "gpt-3.5-turbo"

    @property
    def model(self):
        return self._model

    @model.setter
    def model(self, value):
        if value not in ALLOWED_MODELS:
            raise ValueError(f"unsupported model: {value}")
        self._model = value

    def ask(self, question):
        r = openai.ChatCompletion.create(model=self.model, messages=[{"role": "user", "content": question}])
        return r.choices[0].message.content


bot = Bot()
print(bot.ask("hi"))
bot.model = "gpt-4"
print(bot.ask("what is entropy?"))
try:
    bot.model = "llama-2"
except ValueError as e:
    print("error:", e)
