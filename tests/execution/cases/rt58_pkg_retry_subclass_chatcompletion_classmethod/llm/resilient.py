import time

import openai


class ResilientChatCompletion(openai.ChatCompletion):
    """ChatCompletion that retries transient failures (rate limits, timeouts, 5xx)."""

    retries = 3
    delay = 0.05
    attempts = 0

    @classmethod
    def create(cls, *args, **kwargs):
        for attempt in range(cls.retries):
            cls.attempts += 1
            try:
                return super().create(*args, **kwargs)
            except (openai.error.RateLimitError, openai.error.Timeout,
                    openai.error.ServiceUnavailableError):
                time.sleep(cls.delay * 2 ** attempt)
        raise RuntimeError("giving up after %d attempts" % cls.retries)
