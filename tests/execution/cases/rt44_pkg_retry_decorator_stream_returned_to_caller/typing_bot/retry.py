import functools
import time

import openai

RETRYABLE = (openai.error.RateLimitError, openai.error.APIConnectionError,
             openai.error.ServiceUnavailableError)


def retry(times=3, delay=0.01):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE:
                    if attempt == times - 1:
                        raise
                    time.sleep(delay * 2 ** attempt)
        return wrapper
    return decorate
