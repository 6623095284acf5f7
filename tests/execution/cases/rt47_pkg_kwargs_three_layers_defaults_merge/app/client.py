from . import transport

DEFAULTS = {"model": "gpt-3.5-turbo", "temperature": 0.7, "max_tokens": 150}


def chat(messages, **overrides):
    payload = {**DEFAULTS, **overrides, "messages": messages}
    response = transport.post_chat(**payload)
    return response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]
