import unittest
from unittest.mock import patch

from app import tagger


class TaggerTest(unittest.TestCase):
    def test_dedupes_and_sorts(self):
        reply = {"choices": [{"text": " Red, blue,red ,\nGreen", "index": 0}]}
        with patch.object(tagger.openai.Completion, "create", return_value=reply) as create:
            self.assertEqual(tagger.tags_for("paint"), ["blue", "green", "red"])
        self.assertEqual(create.call_args.kwargs["engine"], "text-davinci-003")

    def test_empty(self):
        with patch.object(tagger.openai.Completion, "create", return_value={"choices": [{"text": " , "}]}):
            self.assertEqual(tagger.tags_for("nothing"), [])
