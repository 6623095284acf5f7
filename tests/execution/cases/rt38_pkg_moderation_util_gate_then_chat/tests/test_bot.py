import unittest
from unittest import mock

from app import bot
from app.moderation import ModerationResult


class BotTests(unittest.TestCase):
    @mock.patch("app.bot.moderate", return_value=ModerationResult(True, ["hate", "violence"], 0.9))
    def test_refuses_flagged(self, moderate):
        self.assertEqual(bot.reply("x"), "I can't help with that (hate, violence).")
