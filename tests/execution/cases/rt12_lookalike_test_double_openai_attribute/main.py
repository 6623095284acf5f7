"""Bot logic tested offline: the bot receives its 'openai' dependency, a canned stand-in."""


class _Namespace:
    def __init__(self, **items):
        self.__dict__.update(items)


class CannedChatCompletion:
    calls = []

    @classmethod
    def create(cls, model, messages, temperature=1.0):
        cls.calls.append(model)
        last = messages[-1]["content"]
        return {"choices": [{"message": {"role": "assistant", "content": f"canned reply to {last}"}}]}


class Bot:
    def __init__(self, openai):
        self.openai = openai

    def reply(self, text):
        result = self.openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": text}],
            temperature=0.3,
        )
        return result["choices"][0]["message"]["content"]


if __name__ == "__main__":
    stub = _Namespace(ChatCompletion=CannedChatCompletion)
    bot = Bot(openai=stub)
    for text in ["hello", "status?"]:
        print(bot.reply(text))
    print("models used:", CannedChatCompletion.calls)
