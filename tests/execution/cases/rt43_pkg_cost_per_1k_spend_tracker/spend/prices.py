# USD per 1K tokens: (prompt, completion)
COST_PER_1K = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
    "text-embedding-ada-002": (0.0001, 0.0),
}


def cost(model, prompt_tokens, completion_tokens=0):
    prompt_price, completion_price = COST_PER_1K[model]
    return (prompt_tokens * prompt_price + completion_tokens * completion_price) / 1000
