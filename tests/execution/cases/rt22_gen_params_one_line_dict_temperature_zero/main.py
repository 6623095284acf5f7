"""Closed-book QA eval with greedy decoding settings kept in one dict."""
import string

import openai

DEV = [
    ("What is the capital of Italy?", "Rome"),
    ("Which gas do plants absorb?", "carbon dioxide"),
]


def normalize(s):
    s = s.lower().translate(str.maketrans("", "", string.punctuation))
    return " ".join(w for w in s.split() if w not in {"a", "an", "the"})


def generate(question):
    params = {"model": "text-davinci-003", "temperature": 0, "max_tokens": 32}
    response = openai.Completion.create(prompt=f"Q: {question}\nA:", **params)
    return response["choices"][0]["text"]


scores = []
for question, gold in DEV:
    pred = generate(question)
    contains = normalize(gold) in normalize(pred)
    scores.append(contains)
    print(f"{contains!s:<6}{normalize(pred)[:50]}")
print(f"contains-match: {sum(scores)}/{len(scores)}")
