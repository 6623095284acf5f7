CONTEXT_WINDOWS = {
    "gpt-3.5-turbo": 4096,
    "gpt-3.5-turbo-16k": 16384,
    "gpt-4": 8192,
    "text-davinci-003": 4097,
}
