import unittest

from search.embeddings import cosine_similarity


class CosineTests(unittest.TestCase):
    def test_identical(self):
        self.assertAlmostEqual(cosine_similarity([1, 2, 3], [1, 2, 3]), 1.0)

    def test_orthogonal(self):
        self.assertAlmostEqual(cosine_similarity([1, 0], [0, 1]), 0.0)
