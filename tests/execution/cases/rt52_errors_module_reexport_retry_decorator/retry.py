import functools

from errors import TRANSIENT


def with_retries(attempts=2):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except TRANSIENT:
                    print(f"  {fn.__name__}: transient failure, attempt {attempt}/{attempts}")
            return None
        return wrapper
    return decorate
