import unittest

from quiz.prompts import parse_lines, question_prompt


class PromptTest(unittest.TestCase):
    def test_prompt_mentions_topic(self):
        self.assertIn("volcanoes", question_prompt("volcanoes", 2))

    def test_parse_numbered(self):
        self.assertEqual(parse_lines("1. What?\n\n2) Why?\n- How?"), ["What?", "Why?", "How?"])
