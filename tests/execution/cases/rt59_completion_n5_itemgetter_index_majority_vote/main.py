from collections import Counter
from operator import itemgetter

import openai

QUESTIONS = [
    ("Is 17 a prime number? yes", "yes"),
    ("Is 21 a prime number? no", "no"),
    ("Is 2 an even prime? yes", "yes"),
]


def vote(question, k=5):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"{question}\nAnswer (yes/no):",
        n=k,
        temperature=0.7,
        max_tokens=12,
        stop="\n",
    )
    answers = []
    for choice in sorted(resp["choices"], key=itemgetter("index")):
        words = choice["text"].lower().replace("?", " ").split()
        answers.append("yes" if "yes" in words else "no" if "no" in words else "?")
    return Counter(answers).most_common(1)[0], answers


hits = 0
for q, gold in QUESTIONS:
    (label, count), answers = vote(q)
    hits += label == gold
    print(f"{q[:22]:<22} votes={''.join(a[0] for a in answers)} -> {label} ({count}/5)")
print(f"majority-vote accuracy: {hits}/{len(QUESTIONS)}")
