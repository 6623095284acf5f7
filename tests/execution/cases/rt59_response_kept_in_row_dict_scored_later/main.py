import re
import time

import openai

DATASET = [
    {"q": "What is 6 times 7? The result is 42.", "gold": 42},
    {"q": "What is 10 minus 3? I think 7.", "gold": 7},
    {"q": "Half of 50?", "gold": 25},
]


def run(dataset):
    for row in dataset:
        for attempt in range(3):
            try:
                row["raw"] = openai.Completion.create(
                    model="text-davinci-003",
                    prompt="Q: " + row["q"] + "\nA: The answer is",
                    max_tokens=16,
                    temperature=0,
                )
                break
            except openai.error.RateLimitError:
                time.sleep(2 ** attempt)
    return dataset


def score(dataset):
    correct = 0
    for row in dataset:
        text = row["raw"]["choices"][0]["text"]
        nums = re.findall(r"-?\d+", text)
        pred = int(nums[-1]) if nums else None
        ok = pred == row["gold"]
        correct += ok
        print(f"{row['q'][:20]:<20} pred={pred} gold={row['gold']} {'OK' if ok else 'X'}")
    return correct / len(dataset)


acc = score(run(DATASET))
print("accuracy: %.3f" % acc)
