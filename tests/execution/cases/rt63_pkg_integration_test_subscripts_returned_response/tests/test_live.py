"""Integration tests: they call the API (the project runs them against a local server)."""
import unittest

from app.llm import raw_chat


class LiveTest(unittest.TestCase):
    def test_reply_has_text(self):
        response = raw_chat("Say the word banana")
        self.assertTrue(response["choices"][0]["message"]["content"])
        self.assertEqual(response["choices"][0]["message"]["role"], "assistant")

    def test_usage_counts(self):
        response = raw_chat("Count to three")
        usage = response["usage"]
        self.assertEqual(usage["total_tokens"], usage["prompt_tokens"] + usage["completion_tokens"])
