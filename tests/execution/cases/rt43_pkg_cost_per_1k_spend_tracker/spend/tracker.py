from spend.prices import cost


class SpendTracker:
    def __init__(self):
        self.total = 0.0
        self.calls = 0

    def add(self, model, prompt_tokens, completion_tokens=0):
        self.total += cost(model, prompt_tokens, completion_tokens)
        self.calls += 1
