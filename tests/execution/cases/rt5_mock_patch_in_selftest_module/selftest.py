"""A smoke test run before the real call: the API is stubbed out with mock.patch."""
from unittest import mock

import app

CANNED = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "canned reply"}}]}


def run():
    with mock.patch("openai.ChatCompletion.create", return_value=CANNED) as fake:
        answer = app.ask("ping")
        assert fake.call_count == 1
    return answer
