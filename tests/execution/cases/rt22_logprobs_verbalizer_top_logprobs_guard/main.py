"""Zero-shot topic classification with label scoring from top_logprobs (falls back to text)."""
import math

import openai

LABELS = [" sports", " politics", " science"]
DOCS = [
    "The striker scored twice in the final minutes of the match.",
    "Parliament passed the new budget after a long debate.",
    "Astronomers measured the spin of a distant black hole.",
]


def classify(doc):
    prompt = f"Text: {doc}\nTopic (sports, politics or science):"
    resp = openai.Completion.create(
        model="text-davinci-002",
        prompt=prompt,
        max_tokens=1,
        temperature=0,
        logprobs=5,
    )
    choice = resp.choices[0]
    if choice.logprobs is not None and choice.logprobs.top_logprobs:
        top = choice.logprobs.top_logprobs[0]
        scores = {lab: top.get(lab, -math.inf) for lab in LABELS}
        best = max(scores, key=scores.get)
        return best.strip(), "logprobs"
    text = choice.text.strip().lower()
    for lab in LABELS:
        if lab.strip() in text:
            return lab.strip(), "text"
    return "unknown", "text"


for d in DOCS:
    label, how = classify(d)
    print(f"{label:<10} ({how}) {d}")
