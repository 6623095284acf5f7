import openai


class Classifier:
    LABELS = ("positive", "negative", "neutral")

    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    @staticmethod
    def _text(response):
        return response["choices"][0]["message"]["content"].strip()

    @staticmethod
    def _tokens(response):
        return response["usage"]["total_tokens"]

    def classify(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Answer with one of: " + ", ".join(self.LABELS)},
                {"role": "user", "content": text},
            ],
        )
        answer = self._text(response)
        label = next((l for l in self.LABELS if l in answer.lower()), "unknown")
        return label, self._tokens(response)


if __name__ == "__main__":
    clf = Classifier()
    for sample in ["I feel positive today", "This is negative", "meh"]:
        print(sample, "->", clf.classify(sample))
