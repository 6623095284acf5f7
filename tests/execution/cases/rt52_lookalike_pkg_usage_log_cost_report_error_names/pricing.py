# USD per 1K tokens (prompt, completion), as billed in mid-2023.
PRICES = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-3.5-turbo-16k": (0.003, 0.004),
    "gpt-4": (0.03, 0.06),
    "text-davinci-003": (0.02, 0.02),
    "text-embedding-ada-002": (0.0001, 0.0),
}
DEFAULT_MODEL = "gpt-3.5-turbo"


def cost(model, prompt_tokens, completion_tokens):
    p, c = PRICES.get(model, PRICES[DEFAULT_MODEL])
    return prompt_tokens / 1000 * p + completion_tokens / 1000 * c
