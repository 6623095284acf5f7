"""Tiny semantic search over a handful of notes."""
from .client import ANSWER_MODEL, EMBED_MODEL, openai

__all__ = ["openai", "EMBED_MODEL", "ANSWER_MODEL"]
