import json
import os
import tempfile

import openai

CONVERSATIONS = [
    {"id": "c1", "messages": [
        {"role": "system", "content": "You are a travel agent."},
        {"role": "user", "content": "I want to visit Japan."},
        {"role": "assistant", "content": "When would you like to travel?"},
        {"role": "user", "content": "In April."},
    ]},
    {"id": "c2", "messages": [
        {"role": "user", "content": "Recommend a sci-fi book."},
    ]},
]

workdir = tempfile.mkdtemp()
src = os.path.join(workdir, "conversations.jsonl")
with open(src, "w") as f:
    for conv in CONVERSATIONS:
        f.write(json.dumps(conv) + "\n")

dst = os.path.join(workdir, "completions.jsonl")
with open(src) as fin, open(dst, "w") as fout:
    for line in fin:
        conv = json.loads(line)
        response = openai.ChatCompletion.create(model="gpt-4", messages=conv["messages"])
        message = response["choices"][0]["message"]
        fout.write(json.dumps({"id": conv["id"], "role": message["role"],
                               "content": message["content"]}) + "\n")

with open(dst) as f:
    print(f.read(), end="")
