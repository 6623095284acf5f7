import hashlib
import json
import os
import tempfile

CACHE_DIR = os.environ.get("LLM_CACHE_DIR") or tempfile.mkdtemp(prefix="llmcache-")


def _path(key):
    return os.path.join(CACHE_DIR, hashlib.sha256(key.encode("utf-8")).hexdigest() + ".json")


def load(key):
    path = _path(key)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def store(key, value):
    with open(_path(key), "w", encoding="utf-8") as fh:
        json.dump(value, fh)
