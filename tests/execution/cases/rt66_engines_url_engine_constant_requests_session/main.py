import os

import requests

ENGINE = "text-davinci-003"
BASE = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1").rstrip("/")

session = requests.Session()
session.headers.update({"Authorization": "Bearer %s" % os.environ["OPENAI_API_KEY"]})


def complete(prompt, **params):
    url = "%s/engines/%s/completions" % (BASE, ENGINE)
    body = dict(prompt=prompt, max_tokens=24, **params)
    r = session.post(url, json=body, timeout=20)
    if r.status_code != 200:
        raise SystemExit("request failed: %s %s" % (r.status_code, r.text))
    out = r.json()
    return out["choices"][0]["text"], out["usage"]["completion_tokens"]


if __name__ == "__main__":
    for word in ["river", "mountain"]:
        text, used = complete("A haiku about a %s:\n" % word, stop=["\n\n"])
        print(word, repr(text.strip()), used)
