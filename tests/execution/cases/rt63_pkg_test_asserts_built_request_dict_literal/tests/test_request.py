import unittest

from app.request import build


class BuildTest(unittest.TestCase):
    def test_shape(self):
        self.assertEqual(build("hi"), {
            "model": "gpt-3.5-turbo-0613",
            "messages": [{"role": "user", "content": "hi"}],
        })
