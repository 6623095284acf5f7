from .llm import cached_completion, cached_embedding, CACHE

__all__ = ["cached_completion", "cached_embedding", "CACHE"]
