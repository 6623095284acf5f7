import json
import os
import tempfile

import openai

OUT = os.path.join(tempfile.mkdtemp(), "runs.jsonl")
PROMPTS = ["Translate 'cat' to French", "Translate 'dog' to German"]


def collect():
    with open(OUT, "w") as f:
        for prompt in PROMPTS:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
            )
            record = response.to_dict_recursive()
            record["prompt"] = prompt
            f.write(json.dumps(record) + "\n")


def report():
    total = 0
    with open(OUT) as f:
        for line in f:
            record = json.loads(line)
            total += record["usage"]["total_tokens"]
            print(record["prompt"], "->", record["choices"][0]["message"]["content"])
    print("total tokens:", total)


collect()
report()
