# Context windows in tokens, from the models page (summer 2023).
CONTEXT_WINDOW = {
    "gpt-3.5-turbo": 4096,
    "gpt-3.5-turbo-16k": 16384,
    "gpt-4": 8192,
    "gpt-4-32k": 32768,
}
RESERVED_FOR_ANSWER = 256
WORDS_PER_TOKEN = 0.75


def prompt_budget_words(model):
    return int((CONTEXT_WINDOW[model] - RESERVED_FOR_ANSWER) * WORDS_PER_TOKEN)
