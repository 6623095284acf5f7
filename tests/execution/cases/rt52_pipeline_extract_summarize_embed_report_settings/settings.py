SETTINGS = {
    "extract": {"min_words": 4},
    "summarize": {"model": "gpt-3.5-turbo", "temperature": 0.2, "max_tokens": 20,
                  "system": "Summarize the review in one sentence."},
    "embed": {"model": "text-embedding-ada-002", "batch_size": 2},
    "report": {"top_k": 2},
}
