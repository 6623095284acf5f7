from llmkit.resources import ChatCompletion, Completion
from llmkit import error

__all__ = ["ChatCompletion", "Completion", "error"]
