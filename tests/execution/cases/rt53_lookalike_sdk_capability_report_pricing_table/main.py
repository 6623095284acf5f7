import json

from sdk_info import AuthFailure, RateLimit

# USD per 1K tokens (prompt, completion), from our 2023 invoices
PRICES = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
    "text-davinci-003": (0.02, 0.02),
    "text-embedding-ada-002": (0.0001, 0.0),
}

USAGE_LOG = """
{"model": "gpt-3.5-turbo", "prompt_tokens": 1200, "completion_tokens": 300}
{"model": "gpt-4", "prompt_tokens": 500, "completion_tokens": 250}
{"model": "text-davinci-003", "prompt_tokens": 800, "completion_tokens": 200}
{"model": "text-embedding-ada-002", "prompt_tokens": 9000, "completion_tokens": 0}
"""


def cost(record):
    prompt_price, completion_price = PRICES[record["model"]]
    return (record["prompt_tokens"] * prompt_price
            + record["completion_tokens"] * completion_price) / 1000


if __name__ == "__main__":
    print("errors handled:", RateLimit.__name__, AuthFailure.__name__)
    total = 0.0
    for line in USAGE_LOG.strip().splitlines():
        record = json.loads(line)
        total += cost(record)
        print(f"{record['model']:<24} ${cost(record):.4f}")
    print(f"total ${total:.4f}")
