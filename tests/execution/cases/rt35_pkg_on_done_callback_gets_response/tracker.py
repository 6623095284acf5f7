class UsageTracker:
    def __init__(self):
        self.calls = 0
        self.tokens = 0

    def record(self, response):
        self.calls += 1
        self.tokens += response["usage"]["total_tokens"]

    def __str__(self):
        return f"{self.calls} calls, {self.tokens} tokens"
