import hashlib
import json


class KeyBuilder:
    """Stable cache keys for completion requests."""

    def __init__(self, namespace="v1"):
        self.namespace = namespace

    def key(self, *, model, prompt, temperature, max_tokens):
        raw = json.dumps([self.namespace, model, prompt, temperature, max_tokens])
        return hashlib.sha1(raw.encode()).hexdigest()[:12]
