import os
import unittest
from unittest import mock

from app import config


class ConfigTests(unittest.TestCase):
    def test_default_model(self):
        with mock.patch.dict(os.environ):
            os.environ.pop("CHAT_MODEL", None)
            self.assertEqual(config.chat_model(), "gpt-3.5-turbo")

    def test_model_from_env(self):
        with mock.patch.dict(os.environ, {"CHAT_MODEL": "gpt-4"}):
            self.assertEqual(config.chat_model(), "gpt-4")

    def test_temperature(self):
        with mock.patch.dict(os.environ, {"CHAT_TEMPERATURE": "0.3"}):
            self.assertAlmostEqual(config.temperature(), 0.3)
