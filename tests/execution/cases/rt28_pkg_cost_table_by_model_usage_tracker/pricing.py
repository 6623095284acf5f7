PRICE_PER_1K = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
    "text-embedding-ada-002": (0.0001, 0.0),
}


def price(model, prompt_tokens, completion_tokens=0):
    prompt_rate, completion_rate = PRICE_PER_1K[model]
    return prompt_tokens / 1000 * prompt_rate + completion_tokens / 1000 * completion_rate
