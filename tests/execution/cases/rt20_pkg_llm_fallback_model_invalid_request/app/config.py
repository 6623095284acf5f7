PRIMARY_MODEL = "gpt-4-turbo-preview-internal"
FALLBACK_MODEL = "gpt-3.5-turbo"
