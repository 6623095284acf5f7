import anthropic

REVIEWS = [
    "The battery died after two days.",
    "Best headphones I have ever owned!",
]

for review in REVIEWS:
    label = anthropic.Anthropic().completions.create(
        model="claude-instant-1",
        max_tokens_to_sample=5,
        prompt=(
            f"{anthropic.HUMAN_PROMPT} Classify the sentiment: I love this phone."
            f"{anthropic.AI_PROMPT} positive"
            f"{anthropic.HUMAN_PROMPT} Classify the sentiment: {review}"
            f"{anthropic.AI_PROMPT}"
        ),
    ).completion
    print(f"{review!r} -> {label.strip()}")
