"""Re-score answers recorded during the 2023 runs (offline: the responses are on disk)."""
import json
import os
import tempfile

RECORDED = [
    {"model": "text-davinci-003", "object": "text_completion",
     "choices": [{"text": " Paris", "index": 0, "finish_reason": "stop"}],
     "usage": {"prompt_tokens": 7, "completion_tokens": 1, "total_tokens": 8}},
    {"model": "gpt-3.5-turbo", "object": "chat.completion",
     "choices": [{"message": {"role": "assistant", "content": "Lyon"}, "index": 0}],
     "usage": {"prompt_tokens": 9, "completion_tokens": 1, "total_tokens": 10}},
]
GOLD = ["Paris", "Paris"]


def text_of(response):
    choice = response["choices"][0]
    if response["object"] == "chat.completion":
        return choice["message"]["content"]
    return choice["text"]


path = os.path.join(tempfile.mkdtemp(), "responses.json")
with open(path, "w") as f:
    json.dump(RECORDED, f)
with open(path) as f:
    responses = json.load(f)

score = 0
for response, gold in zip(responses, GOLD):
    answer = text_of(response).strip()
    score += answer == gold
    print(f"{response['model']:18s} {answer:6s} tokens={response['usage']['total_tokens']}")
print(f"score {score}/{len(GOLD)}")
