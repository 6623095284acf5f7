import unittest

from app import parsing

RESPONSE = {
    "choices": [{"index": 0, "message": {"role": "assistant", "content": " Paris. "},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9},
}
CUT = {
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Once upon"},
                 "finish_reason": "length"}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
}


class ParsingTest(unittest.TestCase):
    def test_reply_text(self):
        self.assertEqual(parsing.reply_text(RESPONSE), "Paris.")

    def test_total_tokens(self):
        self.assertEqual(parsing.total_tokens(RESPONSE), 9)

    def test_was_cut(self):
        self.assertFalse(parsing.was_cut(RESPONSE))
        self.assertTrue(parsing.was_cut(CUT))
