import unittest
from unittest.mock import patch

from app import llm

FIXTURE = {
    "id": "chatcmpl-test",
    "object": "chat.completion",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Fix typo in README\nmore"},
         "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
}


class CommitMessageTest(unittest.TestCase):
    @patch("openai.ChatCompletion.create")
    def test_first_line_only(self, create):
        create.return_value = FIXTURE
        self.assertEqual(llm.commit_message("- teh\n+ the"), "Fix typo in README")
        create.assert_called_once()

    @patch("openai.ChatCompletion.create")
    def test_prompt_contains_diff(self, create):
        create.return_value = FIXTURE
        llm.commit_message("+ new line")
        messages = create.call_args.kwargs["messages"]
        self.assertEqual(messages[0]["role"], "system")
        self.assertIn("+ new line", messages[1]["content"])

    @patch("openai.ChatCompletion.create")
    def test_truncated_to_72(self, create):
        long = dict(FIXTURE, choices=[{"index": 0, "message": {"role": "assistant", "content": "x" * 100}}])
        create.return_value = long
        self.assertEqual(len(llm.commit_message("+ a")), 72)
