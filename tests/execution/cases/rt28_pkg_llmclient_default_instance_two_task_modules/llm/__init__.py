from llm.client import LLMClient

client = LLMClient()
