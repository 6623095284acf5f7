import hashlib
import json
import os

import openai

REGISTRY = "uploads.json"


def _load():
    if os.path.exists(REGISTRY):
        with open(REGISTRY) as f:
            return json.load(f)
    return {}


def upload_once(path, name):
    """Upload path unless the same bytes are already on the server; return the file id."""
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    registry = _load()
    known = {f["id"] for f in openai.File.list()["data"]}
    if registry.get(digest) in known:
        return registry[digest], False
    with open(path, "rb") as f:
        uploaded = openai.File.create(file=f, purpose="fine-tune", user_provided_filename=name)
    registry[digest] = uploaded.id
    with open(REGISTRY, "w") as out:
        json.dump(registry, out, indent=1)
    return uploaded.id, True


def verify(file_id, path):
    remote = openai.File.download(file_id)
    with open(path, "rb") as f:
        return remote == f.read()


def remove(file_id):
    return openai.File.delete(file_id)["deleted"]
