from .labeler import Labeler

__all__ = ["Labeler"]
