import json
import os
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
LOG = os.path.join(tempfile.mkdtemp(), "runs.jsonl")


def ask(prompt):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}])
    record = dict(resp)
    record.pop("id")
    record.pop("created")
    record["prompt"] = prompt
    with open(LOG, "a") as fh:
        fh.write(json.dumps(record) + "\n")
    return resp["choices"][0]["message"]["content"]


for p in ["List three fruits", "List two rivers"]:
    print(ask(p))

with open(LOG) as fh:
    for line in fh:
        rec = json.loads(line)
        print(rec["prompt"], "=>", rec["choices"][0]["message"]["content"],
              rec["usage"]["completion_tokens"], rec["object"])
