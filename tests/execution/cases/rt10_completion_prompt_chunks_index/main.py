import openai

BATCH_SIZE = 3
TITLES = [
    "Attention Is All You Need",
    "Deep Residual Learning",
    "Generative Adversarial Nets",
    "Adam: A Method for Stochastic Optimization",
    "Dropout",
]


def chunks(items, size):
    for start in range(0, len(items), size):
        yield start, items[start:start + size]


def summarize_titles(titles):
    outputs = [""] * len(titles)
    for start, batch in chunks(titles, BATCH_SIZE):
        prompts = [f"One-line summary of the paper '{t}':" for t in batch]
        response = openai.Completion.create(
            model="text-davinci-003",
            prompt=prompts,
            max_tokens=30,
            temperature=0.2,
        )
        for choice in response.choices:
            outputs[start + choice.index] = choice.text.strip()
    return outputs


for title, summary in zip(TITLES, summarize_titles(TITLES)):
    print(f"- {title}: {summary}")
