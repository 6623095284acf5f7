import time

import openai

from .limiter import TokenBudget

MODEL = "gpt-4"
budget = TokenBudget(per_minute=40)


def estimate_tokens(text):
    return len(text.split()) * 2


def run_one(item):
    estimate = estimate_tokens(item)
    budget.reserve(estimate)
    for attempt in range(3):
        try:
            response = openai.ChatCompletion.create(
                model=MODEL,
                messages=[{"role": "user", "content": item}],
                max_tokens=20,
            )
            break
        except openai.error.RateLimitError as exc:
            time.sleep(float(exc.headers.get("retry-after", 1)))
    else:
        raise RuntimeError("rate limited three times")
    usage = response["usage"]
    budget.settle(estimate, usage["total_tokens"])
    return item, response["choices"][0]["message"]["content"], usage["total_tokens"]
