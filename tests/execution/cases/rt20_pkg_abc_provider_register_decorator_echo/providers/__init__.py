from providers.base import PROVIDERS, get_provider
from providers import echo, openai_chat  # noqa: F401  (register the providers)

__all__ = ["PROVIDERS", "get_provider"]
