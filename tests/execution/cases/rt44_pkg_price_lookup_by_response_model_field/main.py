"""Code review with the strong model; prints what each review cost."""
from billing.llm import SPENT, complete

SNIPPETS = ["def add(a, b): return a - b", "for i in range(len(xs)): print(xs[i])"]
for snippet in SNIPPETS:
    print(complete(f"Review this code: {snippet}", model="gpt-4"))
    print(f"  cost so far: ${sum(SPENT):.5f}")
