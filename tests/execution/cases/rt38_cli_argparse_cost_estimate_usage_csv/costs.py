# USD per 1K tokens (prompt, completion), from the pricing page, June 2023
PRICES = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-3.5-turbo-16k": (0.003, 0.004),
    "gpt-4": (0.03, 0.06),
}


def estimate_cost(model, prompt_tokens, completion_tokens):
    prompt_price, completion_price = PRICES[model]
    return prompt_tokens / 1000 * prompt_price + completion_tokens / 1000 * completion_price
