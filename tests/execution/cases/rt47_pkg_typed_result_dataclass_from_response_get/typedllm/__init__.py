from .client import complete
from .types import ChatResult

__all__ = ["complete", "ChatResult"]
