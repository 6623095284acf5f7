from collections import Counter

from pricing import price


class CostTracker:
    def __init__(self):
        self.cost = 0.0
        self.tokens = Counter()

    def record(self, model, usage):
        prompt = usage["prompt_tokens"]
        completion = usage.get("completion_tokens", 0)
        self.tokens["prompt"] += prompt
        self.tokens["completion"] += completion
        self.cost += price(model, prompt, completion)


tracker = CostTracker()
