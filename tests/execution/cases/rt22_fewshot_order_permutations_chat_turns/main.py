"""Does the order of few-shot examples matter? Three seeded permutations as chat turns."""
import random

import openai

SHOTS = [
    ("I adore this song", "pos"),
    ("This is the worst day", "neg"),
    ("What a fantastic goal", "pos"),
    ("I regret buying this", "neg"),
]
TEST = [("pos energy all day long", "pos"), ("neg feelings about the ending", "neg")]


def build_messages(order, text):
    messages = [{"role": "system", "content": "Label each sentence pos or neg."}]
    for i in order:
        sentence, label = SHOTS[i]
        messages.append({"role": "user", "content": sentence})
        messages.append({"role": "assistant", "content": label})
    messages.append({"role": "user", "content": text})
    return messages


for seed in range(3):
    order = list(range(len(SHOTS)))
    random.Random(seed).shuffle(order)
    acc = 0
    for text, gold in TEST:
        res = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=build_messages(order, text), temperature=0, max_tokens=5)
        pred = "pos" if "pos" in res.choices[0].message.content else "neg"
        acc += pred == gold
    print(f"seed={seed} order={order} acc={acc}/{len(TEST)}")
