"""A minimal stand-in for tenacity (the legacy test venv does not install it): the decorators
the cookbook uses, retrying on any exception up to the stop's attempt count."""
import functools


def stop_after_attempt(attempts):
    return attempts


def wait_random_exponential(min=0, max=0):
    return (min, max)


def retry(wait=None, stop=3, **_):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(stop):
                try:
                    return fn(*args, **kwargs)
                except Exception:
                    if attempt == stop - 1:
                        raise
        return wrapper
    return decorator
