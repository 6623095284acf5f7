MODEL_ALIASES = {
    "fast": "gpt-3.5-turbo",
    "smart": "gpt-4",
}
REQUEST_TIMEOUT = {
    "gpt-3.5-turbo": 20,
    "gpt-4": 60,
}
RETRIES = {
    "gpt-3.5-turbo": 2,
    "gpt-4": 4,
}
