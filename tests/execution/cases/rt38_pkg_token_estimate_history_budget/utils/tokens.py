"""Rough token accounting without tiktoken: about four characters per token."""

CONTEXT_TOKENS = 4096
REPLY_TOKENS = 256


def estimate_tokens(text):
    return max(1, len(text) // 4)


def message_tokens(messages):
    # 4 tokens of overhead per message, as the cookbook said for gpt-3.5-turbo
    return sum(4 + estimate_tokens(m["content"]) for m in messages)


def fit_messages(messages, budget=CONTEXT_TOKENS - REPLY_TOKENS):
    """Drop the oldest non-system messages until the estimate fits the budget."""
    kept = list(messages)
    while message_tokens(kept) > budget and len(kept) > 2:
        del kept[1]
    return kept
