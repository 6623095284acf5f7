"""Continue story openings; echo=True returns the opening too, which we cut off again."""
import openai

OPENINGS = [
    "It was a dark and stormy night,",
    "The robot opened its eyes for the first time and",
]

for opening in OPENINGS:
    r = openai.Completion.create(
        engine="text-curie-001",
        prompt=opening,
        max_tokens=30,
        echo=True,
    )
    full = r["choices"][0]["text"]
    continuation = full[len(opening):] if full.startswith(opening) else full
    print(repr(continuation.strip()))
