import functools
import time
from collections import defaultdict

TIMINGS = defaultdict(lambda: {"calls": 0, "seconds": 0.0})
CALL_LOG = []


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMINGS[fn.__qualname__]["calls"] += 1
            TIMINGS[fn.__qualname__]["seconds"] += time.perf_counter() - start
    return wrapper


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALL_LOG.append(f"{fn.__qualname__} args={len(args) - 1} kwargs={sorted(kwargs)}")
        return fn(*args, **kwargs)
    return wrapper
