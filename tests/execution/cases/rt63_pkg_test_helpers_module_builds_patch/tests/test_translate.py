import unittest

from app import translate
from tests.helpers import fake_chat


class TranslateTest(unittest.TestCase):
    def test_returns_content(self):
        with fake_chat("Bonjour") as create:
            self.assertEqual(translate.to_french("Hello"), "Bonjour")
        messages = create.call_args.kwargs["messages"]
        self.assertEqual(messages[-1], {"role": "user", "content": "Hello"})
