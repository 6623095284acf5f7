"""An offline stand-in used in unit tests: same shape as the OpenAI API, no openai import."""


class ChatCompletion:
    calls = []

    @classmethod
    def create(cls, model, messages, temperature=1.0, max_tokens=None):
        cls.calls.append(model)
        last = messages[-1]["content"]
        text = f"[{model} t={temperature}] {last[::-1]}"
        if max_tokens:
            text = text[:max_tokens]
        return {"choices": [{"message": {"role": "assistant", "content": text}}],
                "usage": {"total_tokens": len(text.split())}}


class ChatBot:
    def __init__(self, model="gpt-3.5-turbo", temperature=0.2):
        self.model = model
        self.temperature = temperature
        self.messages = []

    def ask(self, text):
        self.messages.append({"role": "user", "content": text})
        resp = ChatCompletion.create(model=self.model, messages=self.messages,
                                     temperature=self.temperature, max_tokens=40)
        self.messages.append(resp["choices"][0]["message"])
        return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    bot = ChatBot()
    print(bot.ask("hello"))
    print(ChatBot("gpt-4", 0).ask("testing"))
    print(ChatCompletion.calls)
