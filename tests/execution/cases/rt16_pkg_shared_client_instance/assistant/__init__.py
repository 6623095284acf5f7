from .client import OpenAIClient

default_client = OpenAIClient(model="gpt-3.5-turbo", max_tokens=30)
