import hashlib


class PromptCache:
    """An in-memory cache keyed by a hash of (model, prompt, params)."""

    def __init__(self):
        self._data = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(model, prompt, **params):
        raw = "|".join([model, prompt] + [f"{k}={params[k]}" for k in sorted(params)])
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def get(self, key):
        if key in self._data:
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        self._data[key] = value

    def __len__(self):
        return len(self._data)
