import functools

import openai

from .store import PromptCache

COMPLETION_MODEL = "text-davinci-003"
EMBEDDING_MODEL = "text-embedding-ada-002"

CACHE = PromptCache()


def cached_completion(prompt, model=COMPLETION_MODEL, **params):
    key = CACHE.key(model, prompt, **params)
    hit = CACHE.get(key)
    if hit is not None:
        return hit
    response = openai.Completion.create(model=model, prompt=prompt, **params)
    text = response["choices"][0]["text"].strip()
    CACHE.put(key, text)
    return text


@functools.lru_cache(maxsize=64)
def cached_embedding(text, model=EMBEDDING_MODEL):
    response = openai.Embedding.create(model=model, input=text)
    return tuple(response["data"][0]["embedding"])
