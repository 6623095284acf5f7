MAX_TOKENS_FOR = {
    "gpt-3.5-turbo": 8,
    "gpt-4": 16,
}
