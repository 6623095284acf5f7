import anthropic

client = anthropic.Anthropic()


def classify(text):
    result = client.with_options(timeout=30.0, max_retries=3).completions.create(
        model="claude-instant-1",
        max_tokens_to_sample=5,
        prompt=f"{anthropic.HUMAN_PROMPT} Is this positive or negative? {text}{anthropic.AI_PROMPT}",
    )
    return result.completion.strip()


for review in ["Loved it!", "Terrible service."]:
    print(review, "=>", classify(review))
