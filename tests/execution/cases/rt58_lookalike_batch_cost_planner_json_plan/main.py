"""Estimate what last quarter's backfill cost, from the plan it ran with (prices of the day)."""
import json

# USD per 1K tokens, September 2023 price list
PRICE_PER_1K = {
    "gpt-4": 0.06,
    "gpt-3.5-turbo": 0.002,
    "text-embedding-ada-002": 0.0001,
}

with open("plan.json") as f:
    plan = json.load(f)

total = 0.0
for job in plan["jobs"]:
    tokens = job["items"] * job["tokens_per_item"]
    cost = tokens / 1000 * PRICE_PER_1K[job["model"]]
    total += cost
    print(f"{job['id']:10} {job['model']:24} {tokens:>9} tokens ${cost:8.2f}")
print(f"{plan['name']}: ${total:.2f}")
