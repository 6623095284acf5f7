ENCODING_FOR_MODEL = {
    "gpt-3.5-turbo": "cl100k_base",
    "gpt-4": "cl100k_base",
    "text-davinci-003": "p50k_base",
}
CHARS_PER_TOKEN = {"cl100k_base": 4, "p50k_base": 3}
TOKENS_PER_MESSAGE = {"gpt-3.5-turbo": 4, "gpt-4": 3}


def num_tokens(text, model="gpt-3.5-turbo"):
    encoding = ENCODING_FOR_MODEL[model]
    return max(1, len(text) // CHARS_PER_TOKEN[encoding])


def num_tokens_from_messages(messages, model="gpt-3.5-turbo"):
    per_message = TOKENS_PER_MESSAGE[model]
    return sum(per_message + num_tokens(m["content"], model) for m in messages) + 3
