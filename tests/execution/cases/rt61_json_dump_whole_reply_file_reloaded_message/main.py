"""Keep every raw reply on disk so answers can be audited later."""
import json
import os
import tempfile

import openai

LOG_DIR = tempfile.mkdtemp()


def ask(question, n):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        temperature=0,
    )
    with open(os.path.join(LOG_DIR, f"reply_{n}.json"), "w") as fh:
        json.dump(resp, fh)
    return resp.choices[0].message.content


for n, q in enumerate(["Name a planet", "Name a moon"]):
    print(ask(q, n))

for name in sorted(os.listdir(LOG_DIR)):
    with open(os.path.join(LOG_DIR, name)) as fh:
        saved = json.load(fh)
    print(name, json.dumps(saved["choices"][0]["message"]), sorted(saved["choices"][0]),
          saved["usage"]["total_tokens"])
