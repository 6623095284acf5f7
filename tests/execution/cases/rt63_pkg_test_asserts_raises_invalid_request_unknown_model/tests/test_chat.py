import unittest

import openai

from app.chat import ask


class ChatErrorsTest(unittest.TestCase):
    def test_unknown_model_is_an_invalid_request(self):
        with self.assertRaises(openai.error.InvalidRequestError):
            ask("hello", model="my-finetune-that-was-deleted")

    def test_reply(self):
        self.assertTrue(ask("Say yes").strip())
