import random
import time
from functools import wraps

import openai


def retry_with_backoff(retries=5, initial_delay=0.01, factor=2.0, jitter=True):
    """Retry a function on rate limits and transient server errors."""
    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            delay = initial_delay
            for attempt in range(retries):
                try:
                    return func(*args, **kwargs)
                except (openai.error.RateLimitError,
                        openai.error.ServiceUnavailableError,
                        openai.error.APIConnectionError,
                        openai.error.Timeout) as e:
                    if attempt == retries - 1:
                        raise
                    delay *= factor * (1 + jitter * random.random())
                    print(f"{e.__class__.__name__}: retrying in {delay:.2f}s")
                    time.sleep(delay)
        return wrapper
    return decorator


class Summarizer:
    def __init__(self, model="gpt-3.5-turbo", max_tokens=30):
        self.model = model
        self.max_tokens = max_tokens
        self.history = []

    @retry_with_backoff(retries=3)
    def summarize(self, text):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "system", "content": "Summarize."},
                      {"role": "user", "content": text}],
            max_tokens=self.max_tokens,
        )
        self.history.append(response)
        return response.choices[0].message.content

    def report(self):
        for i, r in enumerate(self.history):
            print(i, r.choices[0].finish_reason, r.usage.total_tokens)


if __name__ == "__main__":
    s = Summarizer(max_tokens=5)
    print(s.summarize("Python is a programming language that lets you work quickly"))
    print(s.summarize("Short text"))
    s.report()
