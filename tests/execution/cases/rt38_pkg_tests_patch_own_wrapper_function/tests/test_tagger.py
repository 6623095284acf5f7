import unittest
from unittest import mock

from app import tagger


class TaggerTest(unittest.TestCase):
    @mock.patch("app.llm.complete", return_value="Python, testing , python,  mocks")
    def test_dedup_and_sort(self, complete):
        self.assertEqual(tagger.tags_for("x"), ["mocks", "python", "testing"])
        complete.assert_called_once_with(tagger.SYSTEM, "x")

    @mock.patch("app.llm.complete", return_value="")
    def test_empty(self, complete):
        self.assertEqual(tagger.tags_for("x"), [])
