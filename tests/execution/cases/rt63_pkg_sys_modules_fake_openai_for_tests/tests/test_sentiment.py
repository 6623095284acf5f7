import importlib
import sys
import types
import unittest


def _fake_openai(text):
    module = types.ModuleType("openai")
    module.calls = []

    class Completion:
        @staticmethod
        def create(**kwargs):
            module.calls.append(kwargs)
            return {"choices": [{"text": text}]}

    module.Completion = Completion
    return module


class SentimentTest(unittest.TestCase):
    def _load(self, text):
        real = sys.modules.get("openai")
        fake = _fake_openai(text)
        sys.modules["openai"] = fake
        try:
            sys.modules.pop("app.sentiment", None)
            module = importlib.import_module("app.sentiment")
        finally:
            sys.modules["openai"] = real
        return module, fake

    def tearDown(self):
        sys.modules.pop("app.sentiment", None)

    def test_positive(self):
        module, fake = self._load(" Positive")
        self.assertEqual(module.label("great"), "positive")
        self.assertEqual(len(fake.calls), 1)

    def test_negative(self):
        module, fake = self._load(" Negative")
        self.assertEqual(module.label("awful"), "negative")
