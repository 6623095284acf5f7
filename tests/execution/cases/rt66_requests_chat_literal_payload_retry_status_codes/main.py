"""Ask the chat endpoint directly (we only need one call, so no SDK)."""
import os
import time

import requests

OPENAI_API_BASE = os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1")
RETRY_STATUS = {429, 500, 502, 503}


def post_with_retries(path, body, attempts=4):
    headers = {"Authorization": f"Bearer {os.getenv('OPENAI_API_KEY')}"}
    for attempt in range(attempts):
        resp = requests.post(OPENAI_API_BASE.rstrip("/") + path, headers=headers, json=body,
                             timeout=60)
        if resp.status_code in RETRY_STATUS:
            time.sleep(2 ** attempt)
            continue
        if resp.status_code != 200:
            raise RuntimeError(f"OpenAI error {resp.status_code}: {resp.text}")
        return resp.json()
    raise RuntimeError("gave up after retries")


def summarize(text):
    body = {
        "model": "gpt-3.5-turbo-0301",
        "messages": [
            {"role": "system", "content": "You summarize release notes in one line."},
            {"role": "user", "content": text},
        ],
    }
    result = post_with_retries("/chat/completions", body)
    choice = result["choices"][0]
    return choice["message"]["content"].strip(), choice["finish_reason"], result["usage"]["prompt_tokens"]


if __name__ == "__main__":
    notes = ["Fixed crash on startup", "Added dark mode and a settings page"]
    for note in notes:
        summary, finish, used = summarize(note)
        print(f"{note!r} -> {summary!r} [{finish}, {used} prompt tokens]")
