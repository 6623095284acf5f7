import hashlib
import json
import os


class JsonCache:
    def __init__(self, path):
        self.path = path
        self.data = {}
        if os.path.exists(path):
            with open(path) as f:
                self.data = json.load(f)

    @staticmethod
    def key(model, prompt):
        return hashlib.sha256(f"{model}\x00{prompt}".encode()).hexdigest()

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value):
        self.data[key] = value
        with open(self.path, "w") as f:
            json.dump(self.data, f)
