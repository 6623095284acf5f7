"""Helpers that pull what we need out of a chat completion response."""


def reply_text(response):
    return response["choices"][0]["message"]["content"].strip()


def total_tokens(response):
    return response["usage"]["total_tokens"]


def was_cut(response):
    return response["choices"][0]["finish_reason"] == "length"
