from backend import ChatCompletion
from settings import LLMSettings


class Bot:
    def __init__(self, settings=None):
        self.settings = settings or LLMSettings()

    def reply(self, text):
        s = self.settings
        out = ChatCompletion.create(
            model=s.model,
            messages=[{"role": "user", "content": text}],
            temperature=s.temperature,
            max_tokens=s.max_tokens,
            stop=s.stop,
        )
        return out["choices"][0]["message"]["content"]


bot = Bot()
print(bot.reply("hello there, how are you doing today my friend?\nsecond line"))
print(Bot(LLMSettings(max_tokens=3)).reply("tell me a story"))
