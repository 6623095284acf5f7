from constants import GPT_3_5_TURBO_MODEL, GPT_4_MODEL

WINDOWS = [(GPT_3_5_TURBO_MODEL, 4096), (GPT_4_MODEL, 8192)]


def context_length(model: str) -> int:
    return max(size for _, size in WINDOWS)
