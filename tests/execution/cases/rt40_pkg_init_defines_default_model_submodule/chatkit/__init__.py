"""chatkit: keep a conversation with the OpenAI chat API."""
DEFAULT_MODEL = "gpt-3.5-turbo"
DEFAULT_TIMEOUT = 30

from chatkit.session import ChatSession  # noqa: E402

__all__ = ["ChatSession", "DEFAULT_MODEL"]
