"""A stand-in (see scipy/__init__.py): the four metrics embeddings_utils names."""
import math


def cosine(u, v):
    dot = sum(a * b for a, b in zip(u, v))
    return 1.0 - dot / (math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v)))


def cityblock(u, v):
    return sum(abs(a - b) for a, b in zip(u, v))


def euclidean(u, v):
    return math.sqrt(sum((a - b) ** 2 for a, b in zip(u, v)))


def chebyshev(u, v):
    return max(abs(a - b) for a, b in zip(u, v))
