from llm.base import Provider
from llm import local, openai_chat  # noqa: F401  (registers the providers)

__all__ = ["Provider"]
