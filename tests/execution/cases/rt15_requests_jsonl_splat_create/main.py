"""Replay a file of chat requests (one JSON object per line) and save the answers."""
import json
import os
import tempfile

import openai

REQUESTS = [
    {"model": "gpt-3.5-turbo", "messages": [{"role": "user", "content": "Say hi in French."}],
     "temperature": 0},
    {"model": "gpt-4", "messages": [{"role": "user", "content": "Say hi in German."}],
     "max_tokens": 10},
]

folder = tempfile.mkdtemp()
requests_path = os.path.join(folder, "requests.jsonl")
with open(requests_path, "w") as f:
    for req in REQUESTS:
        f.write(json.dumps(req) + "\n")

with open(requests_path) as f:
    for line in f:
        request = json.loads(line)
        response = openai.ChatCompletion.create(**request)
        print(json.dumps({"prompt": request["messages"][-1]["content"],
                          "answer": response["choices"][0]["message"]["content"]}))
