DEFAULT_ENGINE = "text-davinci-003"
STOP_SEQUENCES = {
    "text-davinci-003": ["\n\n"],
    "text-curie-001": ["\n"],
}
MAX_TOKENS = {
    "text-davinci-003": 30,
    "text-curie-001": 12,
}
