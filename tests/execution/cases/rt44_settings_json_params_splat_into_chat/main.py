import json
from pathlib import Path

import openai

SETTINGS = json.loads((Path(__file__).parent / "settings.json").read_text())


def rewrite(sentence):
    params = SETTINGS["openai"]
    response = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": f"Rewrite more clearly: {sentence}"}],
        **params,
    )
    return response["choices"][0]["message"]["content"]


print(f"{SETTINGS['bot_name']} says:")
print(rewrite("me and him goes to the store yesterday"))
print(rewrite("the meeting which was planned got postponed by the manager"))
