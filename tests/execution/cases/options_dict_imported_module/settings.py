OPENAI_OPTIONS = {
    "request_timeout": 30,
    "temperature": 0.2,
}
