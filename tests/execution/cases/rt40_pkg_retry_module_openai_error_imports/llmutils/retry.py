import functools
import time

from openai.error import APIError, RateLimitError, ServiceUnavailableError, Timeout

RETRYABLE = (RateLimitError, APIError, Timeout, ServiceUnavailableError)


def with_retries(attempts=3, delay=0.5):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE:
                    if attempt == attempts - 1:
                        raise
                    time.sleep(delay * (2 ** attempt))
        return wrapper
    return decorator
