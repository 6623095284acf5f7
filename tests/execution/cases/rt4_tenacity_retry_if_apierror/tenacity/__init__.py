"""A stand-in for tenacity (the legacy test venv does not install it): retry(retry=..., stop=...)
retries while the retry predicate accepts the exception, then raises RetryError as tenacity does."""
import functools


class RetryError(Exception):
    pass


def stop_after_attempt(attempts):
    return attempts


def wait_random_exponential(min=0, max=0):
    return (min, max)


def retry_if_exception_type(types):
    return lambda error: isinstance(error, types)


def retry(wait=None, stop=3, retry=None, **_):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(stop):
                try:
                    return fn(*args, **kwargs)
                except Exception as error:
                    if retry is not None and not retry(error):
                        raise
                    if attempt == stop - 1:
                        raise RetryError(f"gave up after {stop} attempts") from error
        return wrapper
    return decorator
