"""Summarize last month's API usage from our proxy's log lines."""
from collections import Counter, defaultdict

LOG = """\
2023-08-01T10:00:01 model=gpt-3.5-turbo prompt=120 completion=40
2023-08-01T10:05:22 model=gpt-4 prompt=300 completion=200
2023-08-02T09:12:45 model=text-davinci-003 prompt=50 completion=25
2023-08-02T11:40:10 model=gpt-3.5-turbo prompt=80 completion=10
2023-08-03T15:00:00 model=text-embedding-ada-002 prompt=512 completion=0
"""

PRICE_PER_1K = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
    "text-davinci-003": (0.02, 0.02),
    "text-embedding-ada-002": (0.0001, 0.0),
}


def parse(line):
    stamp, *fields = line.split()
    values = dict(f.split("=", 1) for f in fields)
    return stamp, values["model"], int(values["prompt"]), int(values["completion"])


calls = Counter()
cost = defaultdict(float)
for line in LOG.splitlines():
    _, model, prompt, completion = parse(line)
    calls[model] += 1
    p_in, p_out = PRICE_PER_1K[model]
    cost[model] += prompt / 1000 * p_in + completion / 1000 * p_out

for model, count in calls.most_common():
    print(f"{model:<24} {count} calls  ${cost[model]:.4f}")
if cost["gpt-4"] > cost["gpt-3.5-turbo"]:
    print("gpt-4 is the biggest line item")
