import json
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
LOG_PATH = os.path.join(tempfile.mkdtemp(), "turns.jsonl")

history = [{"role": "system", "content": "You are a cooking assistant."}]
with open(LOG_PATH, "a") as log:
    for turn, text in enumerate(["I have eggs and spinach", "something quick", "no oven"], 1):
        history.append({"role": "user", "content": text})
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
        reply = resp["choices"][0]["message"]["content"]
        history.append({"role": "assistant", "content": reply})
        log.write(json.dumps({"turn": turn, "user": text, "reply": reply,
                              "usage": dict(resp["usage"])}) + "\n")

with open(LOG_PATH) as log:
    for line in log:
        print(json.dumps(json.loads(line), sort_keys=True))
