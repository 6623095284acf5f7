PRICE_PER_1K = {"prompt": 0.0015, "completion": 0.002}


class CostTracker:
    def __init__(self):
        self.prompt = 0
        self.completion = 0
        self.calls = 0

    def record(self, response):
        usage = response["usage"]
        self.prompt += usage["prompt_tokens"]
        self.completion += usage.get("completion_tokens", 0)
        self.calls += 1
        return response

    @property
    def dollars(self):
        return (self.prompt * PRICE_PER_1K["prompt"] + self.completion * PRICE_PER_1K["completion"]) / 1000

    def summary(self):
        return f"{self.calls} calls, {self.prompt}+{self.completion} tokens, ${self.dollars:.6f}"
