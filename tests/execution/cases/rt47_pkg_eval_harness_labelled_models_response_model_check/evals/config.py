# Which models the nightly eval compares (label -> model id).
MODELS = {
    "baseline": "gpt-3.5-turbo",
    "strong": "gpt-4",
    "pinned": "gpt-4-0613",
}
MAX_TOKENS = 12
TEMPERATURE = 0.0
