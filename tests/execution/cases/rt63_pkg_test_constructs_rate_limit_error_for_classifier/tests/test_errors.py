import unittest

import openai

from app.errors import advice


class AdviceTest(unittest.TestCase):
    def test_rate_limit(self):
        self.assertEqual(advice(openai.error.RateLimitError("slow down")), "retry later")

    def test_invalid(self):
        self.assertEqual(advice(openai.error.InvalidRequestError("bad", param="model")), "fix the request")

    def test_other(self):
        self.assertEqual(advice(ValueError("x")), "report")
