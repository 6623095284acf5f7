import unittest

import openai

from app import names
from tests.support import Patcher


class NamesTest(unittest.TestCase):
    def setUp(self):
        self.mp = Patcher()
        self.addCleanup(self.mp.undo)

    def test_two_names(self):
        seen = {}

        def fake(**kwargs):
            seen.update(kwargs)
            return {"choices": [{"text": " Brewly"}, {"text": "Beanz "}]}

        self.mp.setattr(openai.Completion, "create", fake)
        self.assertEqual(names.product_names("a coffee grinder"), ["Brewly", "Beanz"])
        self.assertEqual(seen["n"], 2)
