import unittest

import tests.setup_env  # noqa: F401
from app.recipes import scale


class ScaleTest(unittest.TestCase):
    def test_double(self):
        self.assertEqual(scale({"flour": 200, "egg": 1.5}, 2), {"flour": 400, "egg": 3.0})
