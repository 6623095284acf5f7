import collections
import json

import openai

SAMPLES = 3
ITEMS = [
    {"claim": "Water boils at 100C at sea level. verdict: true", "label": "true"},
    {"claim": "The moon is made of cheese. verdict: false", "label": "false"},
    {"claim": "Bats are blind.", "label": "false"},
]


def verdicts(claim):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Fact-check the claim. Reply 'verdict: true' or 'verdict: false'."},
            {"role": "user", "content": claim},
        ],
        n=SAMPLES,
        temperature=0.9,
        max_tokens=25,
    )
    out = []
    for c in response.choices:
        text = c.message["content"].lower()
        out.append("true" if "verdict: true" in text else "false" if "verdict: false" in text else "unsure")
    return out, response.usage["completion_tokens"]


summary = collections.Counter()
for item in ITEMS:
    votes, used = verdicts(item["claim"])
    winner, n = collections.Counter(votes).most_common(1)[0]
    summary["correct" if winner == item["label"] else "wrong"] += 1
    print(json.dumps({"votes": votes, "winner": winner, "n": n, "completion_tokens": used}))
print(dict(sorted(summary.items())))
