"""Few-shot sentiment classification with text-davinci-003 (eval script, 2023)."""
import openai

TRAIN = [
    ("I loved every minute of this film.", "positive"),
    ("The plot was dull and the acting worse.", "negative"),
    ("A charming, funny and warm story.", "positive"),
    ("I walked out after twenty minutes.", "negative"),
]

TEST = [
    ("What a wonderful surprise, truly positive experience.", "positive"),
    ("Boring, predictable and far too long.", "negative"),
    ("The soundtrack alone makes it worth watching.", "positive"),
    ("negative vibes from start to finish.", "negative"),
]


def build_prompt(text, k=4):
    lines = ["Classify the sentiment of each review as positive or negative.", ""]
    for review, label in TRAIN[:k]:
        lines.append(f"Review: {review}\nSentiment: {label}\n")
    lines.append(f"Review: {text}\nSentiment:")
    return "\n".join(lines)


def classify(text):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=build_prompt(text),
        max_tokens=200,
        temperature=0,
    )
    out = response["choices"][0]["text"].strip().lower()
    # the last line of the completion is the answer to our review
    last = out.splitlines()[-1]
    return "positive" if "positive" in last else "negative"


correct = 0
for text, gold in TEST:
    pred = classify(text)
    correct += pred == gold
    print(f"{gold:>9} | {pred:>9} | {text[:40]}")

print(f"accuracy: {correct}/{len(TEST)} = {correct / len(TEST):.2%}")
