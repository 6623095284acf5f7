import functools
import time

import openai

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
    openai.error.Timeout,
)

CALLS = {}


def retry(tries=3, delay=0.01, errors=RETRYABLE):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, tries + 1):
                try:
                    return fn(*args, **kwargs)
                except errors:
                    if attempt == tries:
                        raise
                    time.sleep(delay * attempt)
        return wrapper
    return decorator


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            CALLS.setdefault(fn.__name__, []).append(time.perf_counter() - start)
    return wrapper
