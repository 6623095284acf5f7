"""A prefix-tree autocomplete engine (no AI)."""


class Completion:
    def __init__(self, text, score):
        self.text = text
        self.score = score

    @classmethod
    def create(cls, prompt, engine, max_tokens=3, stop=None):
        hits = [w for w in engine if w.startswith(prompt)]
        if stop:
            hits = [w for w in hits if stop not in w]
        return [cls(w, len(prompt) / len(w)) for w in sorted(hits)[:max_tokens]]
