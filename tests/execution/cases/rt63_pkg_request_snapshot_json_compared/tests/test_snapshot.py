import json
import os
import unittest

from app.digest import request_for

HERE = os.path.dirname(__file__)


class SnapshotTest(unittest.TestCase):
    def test_request_matches_snapshot(self):
        with open(os.path.join(HERE, "snapshots", "request_for.json")) as handle:
            expected = json.load(handle)
        self.assertEqual(request_for("hello"), expected)
