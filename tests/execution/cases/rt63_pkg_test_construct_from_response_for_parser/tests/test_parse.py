import unittest

from openai.openai_object import OpenAIObject

from app.parse import cost_cents, reply_text

RESPONSE = OpenAIObject.construct_from({
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": " Hi there "},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5000},
})


class ParseTest(unittest.TestCase):
    def test_text(self):
        self.assertEqual(reply_text(RESPONSE), "Hi there")

    def test_cost(self):
        self.assertEqual(cost_cents(RESPONSE), 1.0)
