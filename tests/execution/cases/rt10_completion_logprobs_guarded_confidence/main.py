import math

import openai

LABELS = ["positive", "negative"]


def classify_with_confidence(text):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Sentiment (positive/negative) of: {text}\nSentiment:",
        max_tokens=3,
        temperature=0,
        logprobs=1,
    )
    choice = resp["choices"][0]
    label = choice["text"].strip()
    confidence = None
    if choice["logprobs"] is not None:
        token_logprobs = [lp for lp in choice["logprobs"]["token_logprobs"] if lp is not None]
        confidence = math.exp(sum(token_logprobs))
    return label, confidence


for review in ["I loved this film", "Terrible service, never again"]:
    label, conf = classify_with_confidence(review)
    print(review, "->", label, "confidence:", "n/a" if conf is None else f"{conf:.3f}")
