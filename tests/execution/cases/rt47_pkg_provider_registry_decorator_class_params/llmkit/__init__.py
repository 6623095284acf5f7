"""A tiny LLM abstraction layer: providers register themselves by name."""
from .registry import available, get_llm, register
from . import providers  # noqa: F401  (registers the OpenAI providers)

__all__ = ["available", "get_llm", "register"]
