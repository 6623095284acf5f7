# USD per 1K tokens, from the pricing page (June 2023)
PRICES = {
    "gpt-3.5-turbo": 0.002,
    "gpt-4": 0.06,
}


def cost_of(response):
    """What a response cost, from the model the API says answered it."""
    per_1k = PRICES.get(response["model"], 0.0)
    return response["usage"]["total_tokens"] * per_1k / 1000
