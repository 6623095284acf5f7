from collections import Counter

TOTALS = Counter()


def add_usage(usage):
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        TOTALS[key] += usage.get(key, 0)


def summary():
    return ", ".join(f"{k}={v}" for k, v in sorted(TOTALS.items()))
