import openai

LABELS = ["billing", "technical", "other"]


class TicketClassifier:
    def __init__(self, model="gpt-3.5-turbo", temperature=0):
        self.model = model
        self.temperature = temperature
        self.cache = {}

    def _ask(self, text):
        prompt = (f"Classify the support ticket into one of {', '.join(LABELS)}. "
                  f"Answer with the label only.\nTicket: {text}")
        resp = openai.ChatCompletion.create(
            model=self.model,
            temperature=self.temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        return resp["choices"][0]["message"]["content"].lower()

    def classify(self, text):
        if text not in self.cache:
            raw = self._ask(text)
            label = next((l for l in LABELS if l in raw.split("ticket:")[-1]), "other")
            self.cache[text] = label
        return self.cache[text]


if __name__ == "__main__":
    clf = TicketClassifier()
    tickets = ["I was charged twice, billing is wrong", "The app crashes, technical issue",
               "I was charged twice, billing is wrong", "Hello"]
    for t in tickets:
        print(f"{clf.classify(t):<10} {t}")
    print(len(clf.cache), "distinct")
