import json

import openai

with open("examples.jsonl", "w") as f:
    for q, a in [("hi", "hello"), ("bye", "goodbye")]:
        f.write(json.dumps({"messages": [{"role": "user", "content": q},
                                         {"role": "assistant", "content": a}]}) + "\n")

uploaded = openai.File.create(file=open("examples.jsonl", "rb"), purpose="fine-tune")
status = openai.File.wait_for_processing(uploaded.id)
print("status:", status)
if status != "processed":
    raise SystemExit("file could not be processed")
print("ready:", uploaded.purpose, uploaded.bytes)
