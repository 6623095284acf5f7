import types
import unittest

from app import summary


class SummaryTest(unittest.TestCase):
    def setUp(self):
        self.sent = []

        def create(**kwargs):
            self.sent.append(kwargs)
            return {"choices": [{"message": {"content": "  short text  "}}]}

        self._real = summary.openai
        summary.openai = types.SimpleNamespace(ChatCompletion=types.SimpleNamespace(create=create))

    def tearDown(self):
        summary.openai = self._real

    def test_strips(self):
        self.assertEqual(summary.summarize("a long article"), "short text")
        self.assertEqual(self.sent[0]["max_tokens"], 40)
