import json

import openai

SYSTEM = (
    "You are a classifier. Reply with JSON only, like "
    '{"label": "bug" | "feature" | "question", "confidence": 0.0-1.0}.'
)

ISSUES = [
    "App crashes when I click save",
    "Please add dark mode",
    '{"label": "question", "confidence": 0.9}',
]


def classify(issue):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": issue},
        ],
        temperature=0,
        max_tokens=50,
    )
    raw = resp["choices"][0]["message"]["content"].strip()
    try:
        data = json.loads(raw[raw.index("{"):])
    except ValueError:
        data = {"label": "unknown", "confidence": 0.0, "raw": raw}
    return data


counts = {}
for issue in ISSUES:
    result = classify(issue)
    counts[result["label"]] = counts.get(result["label"], 0) + 1
    print(f"{issue[:30]:32} {result['label']:9} {result['confidence']}")
print(json.dumps(counts, sort_keys=True))
