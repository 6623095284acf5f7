def context_window(model):
    """Context size by model family (from the models page, mid 2023)."""
    if model.startswith("gpt-4-32k"):
        return 32768
    if model.startswith("gpt-4"):
        return 8192
    if model.startswith("gpt-3.5-turbo-16k"):
        return 16384
    return 4096


def fit(text, model, reserve):
    """Keep as many words as fit (about one token per word for this rough check)."""
    budget = context_window(model) - reserve
    words = text.split()
    return " ".join(words[:budget]), budget
