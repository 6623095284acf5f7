class UsageTracker:
    def __init__(self):
        self.prompt = 0
        self.completion = 0
        self.calls = 0

    def record(self, response):
        usage = response["usage"]
        self.prompt += usage["prompt_tokens"]
        self.completion += usage["completion_tokens"]
        self.calls += 1

    def report(self):
        return f"{self.calls} calls, {self.prompt} prompt + {self.completion} completion tokens"


TRACKER = UsageTracker()
