import time

import openai


class LLMClient:
    """Thin wrapper: retries, then forwards everything to the API."""

    def __init__(self, retries=3):
        self.retries = retries
        self.calls = 0

    def chat(self, **kwargs):
        for attempt in range(self.retries):
            try:
                self.calls += 1
                return openai.ChatCompletion.create(**kwargs)
            except (openai.error.RateLimitError, openai.error.APIConnectionError):
                time.sleep(0.01 * (attempt + 1))
        raise RuntimeError("gave up")

    def budget(self, messages, max_tokens):
        used = sum(len(m["content"].split()) for m in messages)
        return used + max_tokens
