CONTEXT_WINDOW = {"gpt-3.5-turbo": 4096, "gpt-3.5-turbo-16k": 16384, "gpt-4": 8192}


def prompt_budget(model, reserve=500):
    """Characters of prompt we allow (about 4 characters a token)."""
    return (CONTEXT_WINDOW[model] - reserve) * 4
