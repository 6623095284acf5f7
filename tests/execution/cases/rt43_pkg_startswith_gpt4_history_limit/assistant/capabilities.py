def max_context(model):
    if model.startswith("gpt-4-32k"):
        return 32768
    if model.startswith("gpt-4"):
        return 8192
    if model.endswith("-16k"):
        return 16384
    return 4096


def history_limit(model):
    """How many past messages to resend, scaled by the model's context window."""
    return max_context(model) // 1024
