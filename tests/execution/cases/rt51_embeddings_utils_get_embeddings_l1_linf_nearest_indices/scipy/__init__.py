"""A stand-in for the part of scipy this program reaches (through openai 0.28.1's
embeddings_utils.distances_from_embeddings): spatial.distance, in pure Python."""
from . import spatial  # noqa: F401
