"""Knowledge-base helpers."""
from .client import ask, embed

__all__ = ["ask", "embed"]
