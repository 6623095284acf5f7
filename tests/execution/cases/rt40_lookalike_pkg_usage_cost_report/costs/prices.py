# USD per 1K tokens (prompt, completion), from the pricing page of June 2023.
PRICE_PER_1K = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
    "text-davinci-003": (0.02, 0.02),
    "text-embedding-ada-002": (0.0001, 0.0),
}
