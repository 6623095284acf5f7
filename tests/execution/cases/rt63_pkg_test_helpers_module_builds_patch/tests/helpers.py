"""Shared test helpers (like a conftest): canned chat replies."""
from unittest import mock


def chat_reply(content):
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}]}


def fake_chat(content):
    return mock.patch("openai.ChatCompletion.create", return_value=chat_reply(content))
