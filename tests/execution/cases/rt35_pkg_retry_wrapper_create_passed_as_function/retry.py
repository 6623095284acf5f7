import time

import openai


def with_retries(fn, *args, retries=3, **kwargs):
    for attempt in range(retries):
        try:
            return fn(*args, **kwargs)
        except (openai.error.RateLimitError, openai.error.APIConnectionError):
            if attempt == retries - 1:
                raise
            time.sleep(2 ** attempt)
