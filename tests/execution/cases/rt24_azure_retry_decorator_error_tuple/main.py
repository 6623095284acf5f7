import functools
import os
import time

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

RETRYABLE_ERRORS = (
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
    openai.error.Timeout,
    openai.error.APIError,
)


def with_retries(max_attempts=5, base_delay=1.0):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE_ERRORS as exc:
                    if attempt == max_attempts:
                        raise
                    delay = base_delay * 2 ** (attempt - 1)
                    print(f"{type(exc).__name__}, retrying in {delay}s")
                    time.sleep(delay)
        return wrapper
    return decorator


@with_retries()
def embed(text):
    result = openai.Embedding.create(input=text, engine="embeddings")
    return result["data"][0]["embedding"]


@with_retries(max_attempts=3)
def complete(prompt):
    result = openai.ChatCompletion.create(
        engine="chat", messages=[{"role": "user", "content": prompt}], max_tokens=64
    )
    return result["choices"][0]["message"]["content"]


vec = embed("contract renewal terms")
print(len(vec), round(sum(vec), 4))
print(complete("Draft a one-line renewal reminder"))
