import json
import random

import openai

DATA = [
    {"text": "the movie was wonderful", "label": "positive"},
    {"text": "a boring, slow film", "label": "negative"},
    {"text": "great acting and music", "label": "positive"},
    {"text": "I walked out halfway", "label": "negative"},
    {"text": "positive: an instant classic", "label": "positive"},
    {"text": "negative: waste of money", "label": "negative"},
]

random.seed(0)
random.shuffle(DATA)
train, test = DATA[:4], DATA[4:]


def build_prompt(example):
    shots = "".join(f"Review: {ex['text']}\nSentiment: {ex['label']}\n\n" for ex in train)
    return shots + f"Review: {example['text']}\nSentiment:"


results = []
for ex in test:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=build_prompt(ex),
        max_tokens=5,
        temperature=0,
        stop="\n",
    )
    pred = response["choices"][0]["text"].strip()
    results.append({"text": ex["text"], "gold": ex["label"], "pred": pred})

print(json.dumps(results, indent=2))
print("train size:", len(train), "test size:", len(test))
