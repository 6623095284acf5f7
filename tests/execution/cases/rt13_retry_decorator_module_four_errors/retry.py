import functools
import time

import openai

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.APIError,
    openai.error.Timeout,
    openai.error.ServiceUnavailableError,
)


def with_retries(max_attempts=3, base_delay=0.05):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE as exc:
                    if attempt == max_attempts:
                        raise
                    print(f"[retry] {fn.__name__} attempt {attempt} failed ({type(exc).__name__}), sleeping")
                    time.sleep(base_delay * 2 ** attempt)
        return wrapper
    return decorator
