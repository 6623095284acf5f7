"""Rough token accounting: one word is one token, which is close enough for our tickets."""


class TokenBudget:
    def __init__(self, context_window=4096):
        self.context_window = context_window

    def fit(self, text, max_tokens=256, reserve=0):
        """Clip text so that prompt + reply (max_tokens) + reserve fit in the window."""
        room = self.context_window - max_tokens - reserve
        words = text.split()
        if len(words) <= room:
            return text
        return " ".join(words[:room])

    def remaining(self, used, max_tokens=0):
        return self.context_window - used - max_tokens
