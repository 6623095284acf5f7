"""Retry with backoff, giving the request more time after every timeout."""
import functools
import time

import openai

RETRYABLE = (
    openai.error.Timeout,
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
)


def retry_with_backoff(max_tries=3, initial_delay=0.05, factor=2):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = initial_delay
            for attempt in range(1, max_tries + 1):
                try:
                    return func(*args, **kwargs)
                except RETRYABLE:
                    if attempt == max_tries:
                        raise
                    print(f"  attempt {attempt} failed, retrying in {delay:.2f}s")
                    time.sleep(delay)
                    delay *= factor
                    kwargs["request_timeout"] = kwargs.get("request_timeout", 0.5) * 6
        return wrapper
    return decorator


@retry_with_backoff(max_tries=3)
def complete(prompt, request_timeout=0.5):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        request_timeout=request_timeout,
    )
    return response["choices"][0]["message"]["content"]


for prompt in ["Name a colour", "[slow] Name a planet"]:
    print(prompt, "->", complete(prompt, request_timeout=0.5))
