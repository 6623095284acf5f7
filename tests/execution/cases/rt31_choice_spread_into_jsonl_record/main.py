import json

import openai

PROMPTS = ["Define entropy in one line.", "Define inertia in one line."]

with open("results.jsonl", "w") as out:
    for prompt in PROMPTS:
        response = openai.Completion.create(
            model="text-davinci-003", prompt=prompt, max_tokens=20, temperature=0
        )
        record = {"prompt": prompt, **response["choices"][0]}
        out.write(json.dumps(record) + "\n")

with open("results.jsonl") as f:
    for line in f:
        rec = json.loads(line)
        print(sorted(rec), rec["finish_reason"], rec["text"].strip())
