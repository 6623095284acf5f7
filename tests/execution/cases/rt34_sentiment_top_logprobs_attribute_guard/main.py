import math

import openai

REVIEWS = [
    "Absolutely loved it, would buy again.",
    "Broke after two days. Waste of money.",
    "It's fine, nothing special.",
]
LABELS = ["positive", "negative", "neutral"]


def classify(review):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Review: {review}\nSentiment (positive, negative or neutral):",
        temperature=0,
        max_tokens=1,
        logprobs=3,
    )
    choice = response.choices[0]
    if choice.logprobs is not None and choice.logprobs.top_logprobs:
        probs = {tok.strip().lower(): math.exp(lp) for tok, lp in choice.logprobs.top_logprobs[0].items()}
        best = max(LABELS, key=lambda label: probs.get(label, 0.0))
        return best, round(probs.get(best, 0.0), 2)
    text = choice.text.strip().lower()
    return (text if text in LABELS else "unknown"), None


for review in REVIEWS:
    label, confidence = classify(review)
    print(f"{label:8s} conf={confidence} | {review}")
