"""Score candidate sentences by the model's log-likelihood of their own tokens."""
import openai

CANDIDATES = [
    "The quick brown fox jumps over the lazy dog.",
    "Dog lazy the over jumps fox brown quick the.",
]


def score(sentence):
    out = openai.Completion.create(
        model="davinci",
        prompt=sentence,
        max_tokens=0,
        echo=True,
        logprobs=0,
    )
    choice = out["choices"][0]
    lps = (choice.get("logprobs") or {}).get("token_logprobs") or []
    return sum(lp for lp in lps if lp is not None), choice["text"]


for cand in CANDIDATES:
    total, text = score(cand)
    print(f"{total:.2f} | {text!r}")
