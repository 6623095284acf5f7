import openai


class ChatWithFallback:
    def __init__(self, primary="gpt-4", fallback="gpt-3.5-turbo"):
        self.primary = primary
        self.fallback = fallback

    def _call(self, model, prompt):
        return openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
        )

    def ask(self, prompt):
        try:
            response = self._call(self.primary, prompt)
        except openai.error.InvalidRequestError:
            response = self._call(self.fallback, prompt)
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    bot = ChatWithFallback()
    print(bot.ask("Which planet is largest?"))
    print(ChatWithFallback(primary="gpt-4-32k").ask("Long context please"))
