import json

import openai

MODEL_NAME = "gpt-3.5-turbo-0613"
PROMPTS = ["Translate to French: good morning", "Translate to French: thank you very much"]

with open("results.jsonl", "w") as out:
    for i, prompt in enumerate(PROMPTS):
        resp = openai.ChatCompletion.create(
            model=MODEL_NAME,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.2,
            max_tokens=40,
        )
        record = {
            "i": i,
            "prompt": prompt,
            "output": resp["choices"][0]["message"]["content"],
            "usage": dict(resp["usage"]),
            "finish_reason": resp["choices"][0]["finish_reason"],
        }
        out.write(json.dumps(record) + "\n")

with open("results.jsonl") as f:
    lines = [json.loads(line) for line in f]
for rec in lines:
    print(rec["i"], rec["output"], rec["finish_reason"], json.dumps(rec["usage"], sort_keys=True))
print("sum completion tokens:", sum(r["usage"]["completion_tokens"] for r in lines))
