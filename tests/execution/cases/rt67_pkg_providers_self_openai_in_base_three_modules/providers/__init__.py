from .chat import ChatProvider
from .embed import EmbeddingProvider

__all__ = ["ChatProvider", "EmbeddingProvider"]
