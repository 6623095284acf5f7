MODELS = {
    "summary": "text-davinci-003",
    "embedding": "text-embedding-ada-002",
}
SUMMARY_MAX_TOKENS = 32
