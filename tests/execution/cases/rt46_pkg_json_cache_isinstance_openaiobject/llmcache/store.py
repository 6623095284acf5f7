"""A disk cache for chat answers so re-running the notebook does not cost money."""
import hashlib
import json
import os
import tempfile
from typing import Union

import openai
from openai.openai_object import OpenAIObject

CACHE_DIR = os.path.join(tempfile.gettempdir(), f"llmcache-{os.getpid()}")
os.makedirs(CACHE_DIR, exist_ok=True)


def _path(messages):
    digest = hashlib.sha1(json.dumps(messages, sort_keys=True).encode()).hexdigest()[:16]
    return os.path.join(CACHE_DIR, digest + ".json")


def cached_chat(messages) -> Union[OpenAIObject, dict]:
    path = _path(messages)
    if os.path.exists(path):
        with open(path) as fh:
            return json.load(fh)
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    with open(path, "w") as fh:
        json.dump(resp.to_dict_recursive(), fh)
    return resp


def source(resp) -> str:
    return "live" if isinstance(resp, OpenAIObject) else "cache"
