"""Pre-computes answers for the FAQ page and writes them where the app reads them."""
import json

import openai

FAQ = ["How do I reset my password?", "Where is my invoice?"]


def warm(path):
    results = {}
    for question in FAQ:
        results[question] = openai.Completion.create(
            model="text-davinci-003",
            prompt=f"Answer the customer: {question}",
            max_tokens=40,
            temperature=0,
        )
    with open(path, "w") as fh:
        json.dump(results, fh, indent=2)
    return len(results)
