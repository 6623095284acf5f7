import hashlib
import json


class PromptCache:
    def __init__(self):
        self._store = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(model, prompt):
        return hashlib.md5(json.dumps({"m": model, "p": prompt}).encode("utf-8")).hexdigest()

    def get(self, model, prompt):
        k = self.key(model, prompt)
        if k in self._store:
            self.hits += 1
            return self._store[k]
        self.misses += 1
        return None

    def put(self, model, prompt, value):
        self._store[self.key(model, prompt)] = value
