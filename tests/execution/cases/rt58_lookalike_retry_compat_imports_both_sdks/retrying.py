"""Retry helper shared by our batch jobs; works with openai 0.x and 1.x."""
import functools
import time

try:  # openai>=1
    from openai import APITimeoutError as Timeout
    from openai import RateLimitError
except ImportError:  # openai<1
    from openai.error import RateLimitError, Timeout


class TransientError(Exception):
    """Raised by our own queue when a worker should try again."""


RETRYABLE = (RateLimitError, Timeout, TransientError)


def retry(attempts=4, delay=0.01):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE as exc:
                    print(f"  attempt {attempt} failed: {exc}")
                    time.sleep(delay)
            raise RuntimeError(f"{fn.__name__} failed {attempts} times")
        return wrapper
    return decorate
