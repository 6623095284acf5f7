import openai


class ChatBot:
    DEFAULT_MODEL = "gpt-3.5-turbo"
    SYSTEM_PROMPT = "You are a friendly assistant."

    def __init__(self, model=None):
        self.model = model or self.DEFAULT_MODEL
        self.history = [{"role": "system", "content": self.SYSTEM_PROMPT}]

    def ask(self, text):
        self.history.append({"role": "user", "content": text})
        resp = openai.ChatCompletion.create(model=self.model, messages=self.history)
        answer = resp.choices[0].message.content
        self.history.append({"role": "assistant", "content": answer})
        return answer


class ExpertBot(ChatBot):
    DEFAULT_MODEL = "gpt-4"
    SYSTEM_PROMPT = "You are a senior engineer. Be precise."


class CheapBot(ChatBot):
    pass


if __name__ == "__main__":
    for bot in (ChatBot(), ExpertBot(), CheapBot(model="gpt-3.5-turbo-0613")):
        print(type(bot).__name__, "->", bot.ask("Explain recursion in one line"))
        print("   turns:", len(bot.history))
