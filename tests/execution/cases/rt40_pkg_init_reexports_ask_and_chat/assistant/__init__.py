"""A tiny assistant toolkit."""
from .llm import ask, chat

__all__ = ["ask", "chat"]
__version__ = "0.2.0"
