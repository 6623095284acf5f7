import json
import unittest
from unittest import mock

from app import mod


class FakeResponse:
    status_code = 200
    headers = {"Content-Type": "application/json"}

    def __init__(self, payload):
        self.content = json.dumps(payload).encode()


class HttpTest(unittest.TestCase):
    def test_flagged(self):
        payload = {"id": "modr-1", "model": "text-moderation-latest",
                   "results": [{"flagged": True, "categories": {}, "category_scores": {}}]}
        with mock.patch("requests.Session.request", return_value=FakeResponse(payload)) as request:
            self.assertTrue(mod.is_flagged("anything"))
        self.assertTrue(request.call_args.kwargs.get("url", request.call_args.args[1:2] and request.call_args.args[1]).endswith("/moderations"))
