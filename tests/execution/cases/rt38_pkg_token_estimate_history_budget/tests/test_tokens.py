import unittest

from utils import tokens


class TokenTests(unittest.TestCase):
    def test_estimate(self):
        self.assertEqual(tokens.estimate_tokens(""), 1)
        self.assertEqual(tokens.estimate_tokens("abcdefgh"), 2)

    def test_fit_drops_oldest(self):
        msgs = [{"role": "system", "content": "s"}] + [
            {"role": "user", "content": "x" * 40} for _ in range(5)]
        kept = tokens.fit_messages(msgs, budget=40)
        self.assertEqual(kept[0]["role"], "system")
        self.assertEqual(len(kept), 3)
