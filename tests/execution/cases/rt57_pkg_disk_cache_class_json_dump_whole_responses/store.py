import json
import os


class DiskCache:
    """Keeps raw API responses in memory and flushes them to one JSON file."""

    def __init__(self, path):
        self.path = path
        self.data = {}
        if os.path.exists(path):
            with open(path) as fh:
                self.data = json.load(fh)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value

    def save(self):
        with open(self.path, "w") as fh:
            json.dump(self.data, fh, indent=1, sort_keys=True)
