"""Upload a fine-tuning file the program writes, wait for it, and list the jobs so far."""
import json
import time

import openai

EXAMPLES = [
    {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]},
    {"messages": [{"role": "user", "content": "bye"}, {"role": "assistant", "content": "ciao"}]},
]


def write_jsonl(path):
    with open(path, "w") as f:
        for example in EXAMPLES:
            f.write(json.dumps(example) + "\n")


def upload(path):
    uploaded = openai.File.create(file=open(path, "rb"), purpose="fine-tune")
    while openai.File.retrieve(uploaded.id)["status"] not in ("processed", "error"):
        time.sleep(1)
    return uploaded


def main():
    write_jsonl("train.jsonl")
    f = upload("train.jsonl")
    print(f["bytes"], f.purpose, f["status"])
    jobs = openai.FineTuningJob.list(limit=10)
    print("jobs:", len(jobs["data"]))
    names = [item["purpose"] for item in openai.File.list()["data"]]
    print(names)
    openai.File.delete(f.id)


main()
