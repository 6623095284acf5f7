import unittest

from app.bot import greet
from tests.fakes import ChatCompletion, FakeBackend


class GreetTest(unittest.TestCase):
    def test_greet(self):
        self.assertEqual(greet(FakeBackend, "Ada"), "Hello, Ada!")
        self.assertEqual(ChatCompletion.calls[-1], "gpt-3.5-turbo")
