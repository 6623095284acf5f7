import functools
import time

from bot.errors import RETRYABLE, describe


class retry_on:
    """@retry_on(RETRYABLE, tries=3): call again after a retryable error, with backoff."""

    def __init__(self, exceptions, tries=3, delay=0.05, log=None):
        self.exceptions = exceptions
        self.tries = tries
        self.delay = delay
        self.log = log if log is not None else []

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = self.delay
            for attempt in range(1, self.tries + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except self.exceptions as exc:
                    self.log.append(f"{fn.__name__} attempt {attempt}: {describe(exc)}")
                    if attempt == self.tries:
                        raise
                    time.sleep(delay)
                    delay *= 2
        return wrapper


LOG = []
default_retry = functools.partial(retry_on, RETRYABLE, log=LOG)
