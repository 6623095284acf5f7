import json
import os
import tempfile

import openai

PROMPTS = ["List three primary colors.", "Name two noble gases."]

out_dir = tempfile.mkdtemp()
results = []
for i, prompt in enumerate(PROMPTS):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=30,
    )
    results.append({
        "id": i,
        "prompt": prompt,
        "output": response["choices"][0]["text"].strip(),
        "finish_reason": response["choices"][0]["finish_reason"],
        "usage": dict(response["usage"]),
    })

path = os.path.join(out_dir, "results.json")
with open(path, "w") as f:
    json.dump(results, f, indent=1)
with open(path) as f:
    print(f.read())
