"""An offline rule-based bot that mimics the shape of the chat API for our UI."""
from .completion import ChatCompletion, Embedding

__all__ = ["ChatCompletion", "Embedding"]
