import openai

FEW_SHOT = """English: Good morning
Spanish: Buenos días
English: Where is the station?
Spanish: ¿Dónde está la estación?
"""


class Translator:
    def __init__(self, engine="text-davinci-003", max_tokens=64):
        self.engine = engine
        self.max_tokens = max_tokens
        self.calls = []

    def translate(self, sentence):
        prompt = FEW_SHOT + f"English: {sentence}\nSpanish:"
        resp = openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            max_tokens=self.max_tokens,
            temperature=0,
            stop=["\n", "English:"],
        )
        self.calls.append(resp)
        return resp["choices"][0]["text"].strip()

    def tokens(self):
        return sum(r["usage"]["total_tokens"] for r in self.calls)


if __name__ == "__main__":
    t = Translator()
    for s in ["I like coffee", "The cat sleeps"]:
        print(repr(t.translate(s)))
    print("tokens:", t.tokens())
