"""Replies go through the REST API directly so the support tool can set its own timeout."""
import os

import requests

CHAT_URL = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1") + "/chat/completions"


def draft_reply(review, mood):
    r = requests.post(
        CHAT_URL,
        headers={"Authorization": "Bearer " + os.environ.get("OPENAI_API_KEY", "")},
        json={
            "model": "gpt-3.5-turbo",
            "messages": [
                {"role": "system", "content": "You answer customer reviews politely."},
                {"role": "user", "content": f"[{mood}] {review}"},
            ],
        },
        timeout=10,
    )
    r.raise_for_status()
    message = r.json()["choices"][0]["message"]
    return message["role"], message["content"]
