TASKS = {
    "classify": {
        "resource": "Completion",
        "params": {"model": "text-davinci-003", "max_tokens": 5, "temperature": 0},
        "template": "Sentiment (positive/negative) of: {text}\nSentiment:",
    },
    "rewrite": {
        "resource": "ChatCompletion",
        "params": {"model": "gpt-3.5-turbo", "max_tokens": 40, "temperature": 0},
        "template": "Rewrite politely: {text}",
    },
}
