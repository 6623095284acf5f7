import openai


class Ledger:
    def __init__(self):
        self.prompt = self.completion = self.total = 0

    def add(self, response):
        p, c, t = response["usage"].values()
        self.prompt += p
        self.completion += c
        self.total += t


def chat(ledger, text):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}])
    ledger.add(r)
    return r.choices[0].message.content


if __name__ == "__main__":
    ledger = Ledger()
    for q in ["one two three", "four five"]:
        print(chat(ledger, q))
    print(ledger.prompt, ledger.completion, ledger.total)
