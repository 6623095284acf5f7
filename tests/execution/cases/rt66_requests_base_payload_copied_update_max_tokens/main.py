import copy
import os

import requests

OPENAI_URL = os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1") + "/chat/completions"
BASE_PAYLOAD = {
    "model": "gpt-3.5-turbo",
    "messages": [{"role": "system", "content": "You write product blurbs."}],
}


def blurb(product, max_tokens=None):
    payload = copy.deepcopy(BASE_PAYLOAD)
    payload["messages"].append({"role": "user", "content": f"A blurb for {product}"})
    if max_tokens:
        payload.update(max_tokens=max_tokens)
    r = requests.post(OPENAI_URL, json=payload,
                      headers={"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]})
    r.raise_for_status()
    choice = r.json()["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


print(blurb("a steel water bottle"))
print(blurb("a bamboo desk lamp", max_tokens=4))
