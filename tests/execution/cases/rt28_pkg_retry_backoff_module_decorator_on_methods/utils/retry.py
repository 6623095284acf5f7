import functools
import time

import openai

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.APIError,
    openai.error.Timeout,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
)
ATTEMPTS = []


def retry_with_backoff(max_retries=3, initial_delay=0.01, factor=2.0, errors=RETRYABLE):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = initial_delay
            for attempt in range(1, max_retries + 1):
                try:
                    result = fn(*args, **kwargs)
                except errors:
                    ATTEMPTS.append((fn.__name__, attempt, "failed"))
                    if attempt == max_retries:
                        raise
                    time.sleep(delay)
                    delay *= factor
                else:
                    ATTEMPTS.append((fn.__name__, attempt, "ok"))
                    return result
        return wrapper
    return decorator
