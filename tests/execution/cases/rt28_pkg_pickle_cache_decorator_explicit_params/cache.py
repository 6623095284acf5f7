import functools
import hashlib
import os
import pickle

STATS = {"hit": 0, "miss": 0}


def disk_cache(folder):
    os.makedirs(folder, exist_ok=True)

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            raw = pickle.dumps((fn.__name__, args, sorted(kwargs.items())))
            path = os.path.join(folder, hashlib.sha1(raw).hexdigest() + ".pkl")
            if os.path.exists(path):
                STATS["hit"] += 1
                with open(path, "rb") as f:
                    return pickle.load(f)
            STATS["miss"] += 1
            value = fn(*args, **kwargs)
            with open(path, "wb") as f:
                pickle.dump(value, f)
            return value
        return wrapper
    return decorator
