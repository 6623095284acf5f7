import os

import openai

MODEL_NAME = os.environ.get("MODEL_NAME", "gpt-3.5-turbo")
EMBEDDING_MODEL = "text-embedding-ada-002"


class OpenAIWrapper:
    """A thin 'client' so routers do not talk to the module directly."""

    def __init__(self, api_key, model=MODEL_NAME):
        openai.api_key = api_key
        self.model = model

    def chat(self, messages, temperature=0.7):
        return openai.ChatCompletion.create(model=self.model, messages=messages,
                                            temperature=temperature)

    def embeddings(self, texts):
        return openai.Embedding.create(model=EMBEDDING_MODEL, input=texts)


_client = None


def get_client():
    global _client
    if _client is None:
        _client = OpenAIWrapper(os.environ["OPENAI_API_KEY"])
    return _client
