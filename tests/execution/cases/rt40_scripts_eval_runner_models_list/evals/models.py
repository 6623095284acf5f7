CANDIDATES = ["gpt-3.5-turbo", "gpt-4"]
MAX_TOKENS = 16
