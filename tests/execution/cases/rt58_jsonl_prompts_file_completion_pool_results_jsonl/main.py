import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor, as_completed

import openai

ENGINE = "text-davinci-003"


def complete(record):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=record["prompt"],
        max_tokens=10,
        temperature=0,
    )
    choice = response["choices"][0]
    return {
        "id": record["id"],
        "text": choice["text"].strip(),
        "finish_reason": choice["finish_reason"],
        "tokens": response["usage"]["total_tokens"],
    }


with open("prompts.jsonl") as f:
    records = [json.loads(line) for line in f if line.strip()]

out_path = os.path.join(tempfile.mkdtemp(), "results.jsonl")
with ThreadPoolExecutor(max_workers=3) as pool, open(out_path, "w") as out:
    futures = [pool.submit(complete, r) for r in records]
    done = 0
    for future in as_completed(futures):
        out.write(json.dumps(future.result()) + "\n")
        done += 1
        print(f"progress {done}/{len(futures)}")

with open(out_path) as f:
    rows = sorted((json.loads(line) for line in f), key=lambda r: r["id"])
for row in rows:
    print(json.dumps(row, sort_keys=True))
print("tokens:", sum(r["tokens"] for r in rows))
