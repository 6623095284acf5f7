from llms.openai_llms import ChatLLM, CompletionLLM

__all__ = ["ChatLLM", "CompletionLLM"]
