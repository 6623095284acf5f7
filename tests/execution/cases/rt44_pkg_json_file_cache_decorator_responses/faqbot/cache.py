import functools
import hashlib
import json
import os
import tempfile

CACHE_PATH = os.path.join(tempfile.mkdtemp(prefix="faqbot"), "responses.json")


def json_cache(path=CACHE_PATH):
    """Cache a function's JSON-able result on disk, keyed by its keyword arguments."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            key = hashlib.sha256(json.dumps(kwargs, sort_keys=True).encode()).hexdigest()
            cache = {}
            if os.path.exists(path):
                with open(path) as handle:
                    cache = json.load(handle)
            if key not in cache:
                cache[key] = fn(**kwargs)
                with open(path, "w") as handle:
                    json.dump(cache, handle)
            wrapper.entries = len(cache)
            return cache[key]
        wrapper.entries = 0
        return wrapper
    return decorate
