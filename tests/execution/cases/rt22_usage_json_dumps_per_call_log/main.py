"""Log every request's usage as one JSON line, then print a total (eval bookkeeping)."""
import json

import openai

PROMPTS = ["Define entropy in one sentence.", "Define enthalpy in one sentence."]
log_lines = []

for i, prompt in enumerate(PROMPTS):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=60,
    )
    usage = response["usage"]
    line = json.dumps({"i": i, "usage": usage}, sort_keys=True)
    log_lines.append(line)
    print(line)

total = sum(json.loads(l)["usage"]["total_tokens"] for l in log_lines)
print("total tokens:", total)
