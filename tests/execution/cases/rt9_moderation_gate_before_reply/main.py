import openai


class SafeBot:
    refusal = "Sorry, I can't help with that."

    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.blocked = []

    def is_flagged(self, text):
        result = openai.Moderation.create(input=text)["results"][0]
        if result["flagged"]:
            cats = [name for name, hit in result["categories"].items() if hit]
            self.blocked.append((text, cats))
        return result["flagged"]

    def answer(self, text):
        if self.is_flagged(text):
            return self.refusal
        resp = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": text}]
        )
        return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    bot = SafeBot()
    for msg in ["How do I bake bread?", "I will hurt you", "Recommend a book"]:
        print(bot.answer(msg))
    for text, cats in bot.blocked:
        print("blocked:", text, cats)
