import unittest
from unittest import mock

from app import llm

CANNED = {"choices": [{"index": 0, "message": {"role": "assistant", "content": " Cats Win. "}}]}


class HeadlineTest(unittest.TestCase):
    def test_strips_period(self):
        with mock.patch("app.llm.openai.ChatCompletion.create", return_value=CANNED) as create:
            self.assertEqual(llm.headline("cats"), "Cats Win")
        self.assertEqual(create.call_args.kwargs["model"], "gpt-3.5-turbo")
        self.assertEqual(create.call_count, 1)
