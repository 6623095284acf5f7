from .pipeline import summarize_document

__all__ = ["summarize_document"]
