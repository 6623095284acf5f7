import json
import time

import openai

EXAMPLES = [
    ("Translate to French: cat", " chat"),
    ("Translate to French: dog", " chien"),
]

with open("train.jsonl", "w") as f:
    for prompt, completion in EXAMPLES:
        f.write(json.dumps({"prompt": prompt + " ->", "completion": completion + "\n"}) + "\n")

upload = openai.File.create(file=open("train.jsonl", "rb"), purpose="fine-tune")
print("uploaded", upload["filename"], upload["bytes"])

fine_tune = openai.FineTune.create(training_file=upload["id"], model="curie", n_epochs=2)
for _ in range(3):
    status = openai.FineTune.retrieve(id=fine_tune["id"])["status"]
    print("status:", status)
    if status in ("succeeded", "failed"):
        break
    time.sleep(0.1)

events = openai.FineTune.list_events(id=fine_tune["id"])
for event in events["data"]:
    print(event["level"], event["message"])
