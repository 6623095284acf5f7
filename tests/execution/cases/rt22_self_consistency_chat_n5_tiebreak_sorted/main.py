"""Self-consistency (Wang et al. 2022) with gpt-3.5-turbo: sample n reasoning paths, vote."""
import re
from collections import Counter

import openai

PROBLEMS = [
    {"q": "A farmer has 12 cows and buys 5 more. How many cows now?", "answer": "17"},
    {"q": "There are 30 students and 6 leave. How many remain?", "answer": "6"},
    {"q": "Sam reads 4 pages a day for 7 days. How many pages?", "answer": "28"},
]

SYSTEM = "Solve the math word problem. Think step by step and end with 'The answer is N.'"


def last_number(text):
    found = re.findall(r"-?\d+(?:\.\d+)?", text)
    return found[-1] if found else None


def vote(answers):
    counts = Counter(a for a in answers if a is not None)
    if not counts:
        return None, 0
    # ties broken by the smallest answer string so the run is reproducible
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return best


def solve(question, n_paths=5):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": question},
        ],
        n=n_paths,
        temperature=0.7,
        max_tokens=256,
    )
    paths = [c.message.content for c in completion.choices]
    return vote([last_number(p) for p in paths]), len(paths)


hits = 0
for i, item in enumerate(PROBLEMS):
    (pred, votes), n = solve(item["q"])
    ok = pred == item["answer"]
    hits += ok
    print(f"#{i} pred={pred} votes={votes}/{n} gold={item['answer']} {'OK' if ok else 'WRONG'}")
print(f"self-consistency accuracy: {hits / len(PROBLEMS):.3f}")
