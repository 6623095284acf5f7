import unittest

from qa.prompts import render


class RenderTests(unittest.TestCase):
    def test_adds_question_mark(self):
        self.assertTrue(render("How tall is Everest").endswith("Q: How tall is Everest?\nA:"))

    def test_keeps_single_mark(self):
        self.assertIn("Q: Why?\nA:", render("Why??"))
