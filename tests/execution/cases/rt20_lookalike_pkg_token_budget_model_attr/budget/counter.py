from budget.limits import CONTEXT_WINDOWS


class TokenBudget:
    """Rough token accounting for prompts (4 characters per token)."""

    def __init__(self, model="gpt-3.5-turbo", reserve=256):
        self.model = model
        self.reserve = reserve

    @property
    def limit(self):
        return CONTEXT_WINDOWS[self.model] - self.reserve

    def count(self, text):
        return max(1, len(text) // 4)

    def fits(self, text):
        return self.count(text) <= self.limit
