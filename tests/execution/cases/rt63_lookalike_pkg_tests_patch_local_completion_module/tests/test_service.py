import unittest
from unittest import mock

from app import service


class ServiceTest(unittest.TestCase):
    def test_patched(self):
        with mock.patch("app.llmclient.Completion.create",
                        return_value={"choices": [{"text": "stub"}]}) as create:
            self.assertEqual(service.reverse_words("a b c"), "stub")
        self.assertEqual(create.call_args.kwargs["engine"], "davinci")
