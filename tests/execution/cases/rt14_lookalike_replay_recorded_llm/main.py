"""Offline replay of recorded LLM answers for the agent's unit tests (no network)."""
import json

RECORDED = [
    {"model": "gpt-3.5-turbo-0613", "prompt": "plan a picnic",
     "choices": [{"message": {"role": "assistant", "content": "1. bread 2. cheese"}}],
     "usage": {"total_tokens": 17}},
    {"model": "text-davinci-003", "prompt": "name a fruit",
     "choices": [{"text": " apple", "finish_reason": "stop"}],
     "usage": {"total_tokens": 5}},
]


class ReplayLLM:
    def __init__(self, records):
        self.by_prompt = {r["prompt"]: r for r in records}

    def create(self, model, prompt):
        record = self.by_prompt[prompt]
        if record["model"] != model:
            raise KeyError(f"recorded with {record['model']}, asked {model}")
        return record


llm = ReplayLLM(RECORDED)
r1 = llm.create("gpt-3.5-turbo-0613", "plan a picnic")
print(r1["choices"][0]["message"]["content"], r1["usage"]["total_tokens"])
r2 = llm.create(model="text-davinci-003", prompt="name a fruit")
print(r2["choices"][0]["text"].strip(), r2["model"])
print(json.dumps(sorted(r["model"] for r in RECORDED)))
