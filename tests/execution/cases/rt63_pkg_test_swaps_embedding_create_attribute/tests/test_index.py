import unittest

import openai

from search import index

VECTORS = {"cat": [1.0, 0.0], "dog": [0.9, 0.1], "car": [0.0, 1.0]}


def fake_create(model, input):
    return {"data": [{"embedding": VECTORS[text], "index": i} for i, text in enumerate(input)]}


class BestMatchTest(unittest.TestCase):
    def setUp(self):
        self._original = openai.Embedding.create
        openai.Embedding.create = fake_create

    def tearDown(self):
        openai.Embedding.create = self._original

    def test_nearest(self):
        self.assertEqual(index.best_match("cat", ["car", "dog"]), "dog")

    def test_single(self):
        self.assertEqual(index.best_match("car", ["dog"]), "dog")
