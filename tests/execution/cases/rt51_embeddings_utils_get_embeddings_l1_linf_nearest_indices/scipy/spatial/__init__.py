"""A stand-in (see scipy/__init__.py)."""
from . import distance  # noqa: F401
