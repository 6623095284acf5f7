"""Cost report over a usage log exported from our 2023 dashboard (no API calls)."""
import json

LOG = """
{"model": "text-davinci-003", "usage": {"total_tokens": 1200}}
{"model": "gpt-3.5-turbo", "usage": {"prompt_tokens": 300, "completion_tokens": 700}}
{"model": "gpt-4-0314", "usage": {"prompt_tokens": 100, "completion_tokens": 50}}
{"model": "code-davinci-002", "usage": {"total_tokens": 10}}
"""


def cost(record):
    match record:
        case {"model": "text-davinci-003", "usage": {"total_tokens": n}}:
            return n * 0.02 / 1000
        case {"model": "gpt-3.5-turbo", "usage": {"prompt_tokens": p, "completion_tokens": c}}:
            return (p + c) * 0.002 / 1000
        case {"model": str(m), "usage": {"prompt_tokens": p, "completion_tokens": c}} if m.startswith("gpt-4"):
            return p * 0.03 / 1000 + c * 0.06 / 1000
        case {"model": m}:
            print(f"no price for {m}")
            return 0.0


if __name__ == "__main__":
    records = [json.loads(line) for line in LOG.strip().splitlines()]
    total = sum(map(cost, records))
    print(f"total: ${total:.4f}")
