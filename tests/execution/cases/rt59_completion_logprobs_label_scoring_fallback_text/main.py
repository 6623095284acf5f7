import math

import openai

LABELS = [" positive", " negative"]
REVIEWS = ["An instant classic, positive all the way.", "A negative, tedious mess."]


def score_labels(review):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Review: {review}\nSentiment:",
        max_tokens=1,
        temperature=0,
        logprobs=5,
    )
    choice = resp["choices"][0]
    lp = choice["logprobs"]
    if lp and lp["top_logprobs"]:
        top = lp["top_logprobs"][0]
        return {lab: math.exp(top.get(lab, -100.0)) for lab in LABELS}
    # no logprobs returned: fall back to the generated token
    text = choice["text"].lower()
    return {lab: float(lab.strip() in text) for lab in LABELS}


for review in REVIEWS:
    probs = score_labels(review)
    best = max(probs, key=probs.get)
    print(f"{review[:30]:<30} {best.strip()} {sorted(probs.values())}")
