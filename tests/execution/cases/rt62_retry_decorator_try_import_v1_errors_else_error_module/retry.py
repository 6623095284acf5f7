"""Shared retry decorator; works on both openai generations."""
import functools
import time

import openai

try:  # openai>=1
    from openai import APIConnectionError, APITimeoutError, RateLimitError
    RETRYABLE = (RateLimitError, APIConnectionError, APITimeoutError)
except ImportError:  # openai<1
    RETRYABLE = (
        openai.error.RateLimitError,
        openai.error.APIConnectionError,
        openai.error.Timeout,
        openai.error.ServiceUnavailableError,
    )

ATTEMPTS = []


def with_retry(tries=3, delay=0.05):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, tries + 1):
                try:
                    ATTEMPTS.append(fn.__name__)
                    return fn(*args, **kwargs)
                except RETRYABLE:
                    if attempt == tries:
                        raise
                    time.sleep(delay * attempt)
        return wrapper
    return decorate
