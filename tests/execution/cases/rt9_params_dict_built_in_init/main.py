import openai


class Bot:
    def __init__(self, model="gpt-3.5-turbo", temperature=0.5, max_tokens=25):
        self.params = {
            "model": model,
            "temperature": temperature,
            "max_tokens": max_tokens,
        }
        self.examples = [
            {"role": "user", "content": "2+2"},
            {"role": "assistant", "content": "4"},
        ]

    def build_messages(self, question):
        return [{"role": "system", "content": "You are a calculator."}] + self.examples + [
            {"role": "user", "content": question}
        ]

    def ask(self, question):
        response = openai.ChatCompletion.create(messages=self.build_messages(question), **self.params)
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    bot = Bot()
    print(bot.ask("3*7"))
    print(Bot(max_tokens=2).ask("what is ten divided by four, explain"))
