import os

import anthropic

c = anthropic.Client(api_key=os.environ["ANTHROPIC_API_KEY"])


def classify(review: str) -> str:
    resp = c.completions.create(
        prompt=f"{anthropic.HUMAN_PROMPT} Is this review positive or negative? "
        f"Answer with one word.\n\nReview: {review}{anthropic.AI_PROMPT}",
        stop_sequences=[anthropic.HUMAN_PROMPT],
        model="claude-1",
        max_tokens_to_sample=5,
    )
    return resp.completion.strip().lower()


reviews = ["Loved it, would buy again!", "Broke after two days."]
labels = [classify(r) for r in reviews]
for review, label in zip(reviews, labels):
    print(f"{label:>40} | {review}")
