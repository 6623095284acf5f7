import unittest
from unittest.mock import patch

import openai

from summarizer import llm

OK = {"choices": [{"text": "  A short summary. ", "index": 0, "finish_reason": "stop"}]}


class RetryTest(unittest.TestCase):
    def setUp(self):
        sleeper = patch("time.sleep")
        self.sleep = sleeper.start()
        self.addCleanup(sleeper.stop)

    def test_retries_after_rate_limit(self):
        with patch.object(openai.Completion, "create",
                          side_effect=[openai.error.RateLimitError("Rate limit reached"), OK]) as create:
            self.assertEqual(llm.summarize("long text"), "A short summary.")
        self.assertEqual(create.call_count, 2)
        self.sleep.assert_called_once_with(1)

    def test_gives_up(self):
        with patch.object(openai.Completion, "create",
                          side_effect=openai.error.RateLimitError("Rate limit reached")) as create:
            with self.assertRaises(openai.error.RateLimitError):
                llm.summarize("long text")
        self.assertEqual(create.call_count, llm.MAX_ATTEMPTS)
