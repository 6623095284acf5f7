PRICES = {
    "chat": {"prompt": 0.0015, "completion": 0.002},
    "embedding": {"prompt": 0.0001, "completion": 0.0},
}
