import json
import os
import tempfile

import openai

QUESTIONS = ["What is a noun?", "What is a verb?", "What is an adverb?"]
LOG = os.path.join(tempfile.mkdtemp(), "responses.json")

log = []
for question in QUESTIONS:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        max_tokens=50,
    )
    log.append({"question": question, "response": response})

with open(LOG, "w") as f:
    json.dump(log, f, indent=2)
print("saved", len(log), "responses")

with open(LOG) as f:
    saved = json.load(f)
for entry in saved:
    resp = entry["response"]
    print(entry["question"], "=>", resp["choices"][0]["message"]["content"],
          f"({resp['usage']['total_tokens']} tokens, {resp['choices'][0]['finish_reason']})")
