from llm.factory import get_llm

__all__ = ["get_llm"]
