import functools
import time

import openai

# Transient failures worth another try (openai.error.APIError is the API's 5xx answer)
RETRYABLE = (
    openai.error.APIError,
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.Timeout,
    openai.error.APIConnectionError,
)


def with_retries(attempts=3, delay=0.01):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE as error:
                    print(f"  attempt {attempt} failed ({error.http_status}), retrying")
                    if attempt == attempts:
                        raise
                    time.sleep(delay * attempt)
        return wrapper
    return decorate
