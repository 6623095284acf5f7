from collections import defaultdict

from pricing import PRICES


class UsageLog:
    def __init__(self):
        self.by_kind = defaultdict(lambda: {"prompt": 0, "completion": 0})

    def add(self, kind, usage):
        self.by_kind[kind]["prompt"] += usage["prompt_tokens"]
        self.by_kind[kind]["completion"] += usage.get("completion_tokens", 0)

    def cost(self, kind):
        counts, rates = self.by_kind[kind], PRICES[kind]
        return sum(counts[part] / 1000 * rates[part] for part in ("prompt", "completion"))


USAGE = UsageLog()
