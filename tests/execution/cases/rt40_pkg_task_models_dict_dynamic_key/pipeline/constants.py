TASK_MODELS = {
    "summarize": "gpt-3.5-turbo",
    "translate": "gpt-3.5-turbo",
    "headline": "gpt-4",
}
TASK_MAX_TOKENS = {
    "summarize": 12,
    "translate": 20,
    "headline": 5,
}
