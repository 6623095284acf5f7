from constants import GPT_3_5_TURBO_MODEL, GPT_4_MODEL


def context_length(model: str) -> int:
    if model == GPT_3_5_TURBO_MODEL:
        return 4096
    if model == GPT_4_MODEL:
        return 8192
    raise NotImplementedError(f"context_length() is not implemented for model {model}.")
