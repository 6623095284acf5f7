LLM_PROFILES = {
    "fast": {"model": "gpt-3.5-turbo", "max_tokens": 5},
    "smart": {"model": "gpt-4", "max_tokens": 40},
}
