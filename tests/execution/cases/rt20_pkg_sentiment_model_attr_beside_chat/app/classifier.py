class KeywordSentimentModel:
    """A tiny local baseline; `model` names the word list, not an API model."""

    LEXICONS = {
        "basic-v1": {"good": 1, "great": 2, "bad": -1, "awful": -2},
        "basic-v2": {"good": 1, "great": 2, "love": 2, "bad": -1, "awful": -2, "hate": -2},
    }

    def __init__(self, model="basic-v2"):
        self.model = model
        self.lexicon = self.LEXICONS[model]

    def predict(self, text):
        score = sum(self.lexicon.get(w.strip(".,!").lower(), 0) for w in text.split())
        return "positive" if score > 0 else "negative" if score < 0 else "neutral"

    def __repr__(self):
        return f"KeywordSentimentModel(model={self.model!r})"
