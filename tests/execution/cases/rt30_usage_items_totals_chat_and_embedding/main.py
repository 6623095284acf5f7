"""Track how many tokens a small pipeline uses."""
from collections import Counter

import openai

totals = Counter()


def record(response):
    for key, value in response["usage"].items():
        totals[key] += value


def summarize(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarize in one line."},
                  {"role": "user", "content": text}],
    )
    record(response)
    return response["choices"][0]["message"]["content"]


def embed(text):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    record(response)
    return response["data"][0]["embedding"]


docs = ["The cat sat on the mat all afternoon.", "Rain is expected over the weekend."]
for doc in docs:
    summary = summarize(doc)
    vector = embed(summary)
    print(summary, "| dims:", len(vector))

for key in sorted(totals):
    print(f"{key}: {totals[key]}")
