"""Live tests: they call the API, so they only run when a key is configured."""
import os
import unittest

import openai

from app.translate import translate


@unittest.skipUnless(os.getenv("OPENAI_API_KEY"), "needs OPENAI_API_KEY")
class LiveTranslateTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        openai.api_key = os.environ["OPENAI_API_KEY"]

    def test_returns_text(self):
        out = translate("Good morning", "German")
        self.assertIsInstance(out, str)
        self.assertTrue(out)

    def test_error_on_empty_language(self):
        try:
            translate("", "")
        except openai.error.InvalidRequestError:
            self.fail("empty input should not be rejected")
