from .similarity import most_similar
from .summarizer import summarize

__all__ = ["most_similar", "summarize"]
