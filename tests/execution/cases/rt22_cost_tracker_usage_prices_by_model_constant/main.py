"""Summarize a handful of abstracts and keep track of what the run costs."""
import openai

MODEL = "gpt-3.5-turbo"
# USD per 1K tokens, from the pricing page (June 2023)
PRICING = {
    "gpt-3.5-turbo": {"prompt": 0.0015, "completion": 0.002},
    "gpt-4": {"prompt": 0.03, "completion": 0.06},
}

ABSTRACTS = [
    "We present a method for training language models to follow instructions with human feedback.",
    "We study scaling laws for neural language models across model size, data and compute.",
    "We show that chain of thought prompting improves reasoning in large language models.",
]


class CostTracker:
    def __init__(self, model):
        self.model = model
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.calls = 0

    def add(self, usage):
        self.prompt_tokens += usage["prompt_tokens"]
        self.completion_tokens += usage["completion_tokens"]
        self.calls += 1

    @property
    def cost(self):
        price = PRICING[self.model]
        return (self.prompt_tokens * price["prompt"] + self.completion_tokens * price["completion"]) / 1000


tracker = CostTracker(MODEL)
for abstract in ABSTRACTS:
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You summarize ML papers in one line."},
            {"role": "user", "content": abstract},
        ],
        temperature=0.2,
        max_tokens=60,
    )
    tracker.add(response["usage"])
    print("*", response["choices"][0]["message"]["content"][:70])

print(f"calls={tracker.calls} prompt={tracker.prompt_tokens} completion={tracker.completion_tokens}")
print(f"total cost: ${tracker.cost:.5f}")
