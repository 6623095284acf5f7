import json
import re
import statistics
import time
from pathlib import Path
from string import Template

import openai

JUDGE_MODEL = "gpt-4-0613"
TEMPLATE = Template(Path("templates/grader.tmpl").read_text())
SCORE_RE = re.compile(r"Score:\s*([1-5])")


def judge(item, retries=3):
    prompt = TEMPLATE.safe_substitute(item)
    for i in range(retries):
        try:
            completion = openai.ChatCompletion.create(
                model=JUDGE_MODEL,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
                max_tokens=200,
            )
        except (openai.error.RateLimitError, openai.error.APIConnectionError):
            time.sleep(1 + i)
            continue
        content = completion["choices"][0]["message"]["content"]
        m = SCORE_RE.findall(content)
        return int(m[-1]) if m else None
    return None


items = [json.loads(l) for l in Path("candidates.jsonl").read_text().splitlines()]
scores = []
for item in items:
    s = judge(item)
    print(f"{item['question'][:28]:<28} score={s}")
    if s is not None:
        scores.append(s)
print(f"graded {len(scores)}/{len(items)}, mean={statistics.mean(scores):.2f}")
