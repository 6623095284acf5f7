import time

import openai

TRANSIENT = (
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
    openai.error.Timeout,
)


def with_retries(fn, attempts=3, delay=0.1):
    for i in range(attempts):
        try:
            return fn()
        except TRANSIENT as e:
            if i == attempts - 1:
                raise
            print(f"transient error {type(e).__name__}, retrying")
            time.sleep(delay)
