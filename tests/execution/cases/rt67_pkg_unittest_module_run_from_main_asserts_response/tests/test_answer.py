import unittest

from qa.answer import answer, text_of

CONTEXT = "Paris is the capital of France."


class AnswerIntegrationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.response = answer("What is the capital of France?", CONTEXT)

    def test_shape(self):
        self.assertEqual(self.response["object"], "chat.completion")
        self.assertEqual(len(self.response["choices"]), 1)
        self.assertEqual(self.response["choices"][0]["finish_reason"], "stop")

    def test_ids(self):
        self.assertTrue(self.response["id"].startswith("chatcmpl-"))
        self.assertEqual(self.response["choices"][0]["message"]["role"], "assistant")

    def test_answer_uses_context(self):
        self.assertIn("Paris", text_of(self.response))

    def test_usage(self):
        usage = self.response["usage"]
        self.assertEqual(usage["total_tokens"], usage["prompt_tokens"] + usage["completion_tokens"])


if __name__ == "__main__":
    unittest.main()
