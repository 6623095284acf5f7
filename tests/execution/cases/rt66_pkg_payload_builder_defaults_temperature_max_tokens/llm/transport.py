import os

import requests

_BASE = os.environ.get("OPENAI_API_BASE") or "https://api.openai.com/v1"


def send(payload):
    response = requests.post(
        _BASE + "/chat/completions",
        json=payload,
        headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]},
        timeout=45,
    )
    if response.status_code == 429:
        raise RuntimeError("rate limited")
    response.raise_for_status()
    return response.json()
