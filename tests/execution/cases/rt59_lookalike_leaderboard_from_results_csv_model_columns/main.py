"""Aggregate eval scores produced last spring into a markdown leaderboard (no API calls)."""
import csv
import statistics

BASELINE = "text-davinci-003"
MODELS = ["text-davinci-003", "gpt-3.5-turbo", "gpt-4"]
PRETTY = {"text-davinci-003": "davinci-003", "gpt-3.5-turbo": "ChatGPT", "gpt-4": "GPT-4"}


def load(path="scores.csv"):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


rows = load()
means = {m: statistics.mean(float(r[m]) for r in rows) for m in MODELS}
print("| model | mean | vs " + PRETTY[BASELINE] + " |")
print("|---|---|---|")
for model in sorted(MODELS, key=means.get, reverse=True):
    delta = means[model] - means[BASELINE]
    print(f"| {PRETTY[model]} ({model}) | {means[model]:.3f} | {delta:+.3f} |")
best = max(rows, key=lambda r: float(r["gpt-4"]) - float(r[BASELINE]))
print("largest gain:", best["task"])
