import json
import os

import requests

OPENAI_URL = os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1") + "/chat/completions"
HEADERS = {
    "Content-Type": "application/json",
    "Authorization": "Bearer " + os.environ["OPENAI_API_KEY"],
}


def blurb(product):
    payload = {
        "model": "gpt-3.5-turbo",
        "messages": [
            {"role": "system", "content": "You write product blurbs."},
            {"role": "user", "content": f"A blurb for {product}"},
        ],
    }
    r = requests.post(OPENAI_URL, headers=HEADERS, data=json.dumps(payload))
    r.raise_for_status()
    data = r.json()
    return data["choices"][0]["message"]["content"], data["usage"]["total_tokens"]


for item in ["a steel water bottle", "a bamboo desk lamp"]:
    text, tokens = blurb(item)
    print(f"{item}: {text} ({tokens} tokens)")
