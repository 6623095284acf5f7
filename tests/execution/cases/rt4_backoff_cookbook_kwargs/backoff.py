"""A stand-in for the backoff package (the legacy test venv does not install it): on_exception
retries the decorated function on the given exception types, without sleeping."""
import functools


def expo(*_args, **_kwargs):
    return None


def on_exception(wait_gen, exception, max_tries=3, **_kwargs):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(max_tries):
                try:
                    return fn(*args, **kwargs)
                except exception:
                    if attempt == max_tries - 1:
                        raise
        return wrapper
    return decorator
