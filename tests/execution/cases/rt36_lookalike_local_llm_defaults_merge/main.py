"""Offline dry run of the request builder: nothing is sent, requests are queued for a batch job.

The queue file format copies the fields of the OpenAI chat API, nothing here calls it.
"""
import json

DEFAULTS = {"model": "gpt-3.5-turbo", "temperature": 0.2, "max_tokens": 200}


class RequestQueue:
    def __init__(self):
        self.items = []

    def create(self, **params):
        self.items.append(params)
        return {"queued": len(self.items)}


queue = RequestQueue()


def enqueue(prompt, **overrides):
    request = {**DEFAULTS, **overrides}
    request["messages"] = [{"role": "user", "content": prompt}]
    return queue.create(**request)


print(enqueue("hello"))
print(enqueue("summarize this", max_tokens=50, stop=["\n"]))
for item in queue.items:
    print(sorted(item), item["temperature"], item["max_tokens"])
print(len(json.dumps(queue.items)))
