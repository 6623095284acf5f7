import unittest
from unittest import mock

import openai

from bot import reply


class FakeChatCompletion:
    calls = []

    @classmethod
    def create(cls, **kwargs):
        cls.calls.append(kwargs)
        return openai.openai_object.OpenAIObject.construct_from({
            "choices": [{"message": {"role": "assistant", "content": "forty-two"}}],
            "usage": {"total_tokens": 7},
        })


class ReplyTest(unittest.TestCase):
    def test_answer_uses_history(self):
        with mock.patch.object(openai, "ChatCompletion", FakeChatCompletion):
            text, tokens = reply.answer([{"role": "user", "content": "hi"}], "meaning?")
        self.assertEqual((text, tokens), ("forty-two", 7))
        sent = FakeChatCompletion.calls[-1]
        self.assertEqual(sent["model"], "gpt-3.5-turbo")
        self.assertEqual(len(sent["messages"]), 3)
