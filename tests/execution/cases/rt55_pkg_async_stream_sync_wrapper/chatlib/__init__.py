from .core import ask, astream

__all__ = ["ask", "astream"]
