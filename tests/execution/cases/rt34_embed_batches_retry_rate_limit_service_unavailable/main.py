import time

import openai

EMBEDDING_ENGINE = "text-embedding-ada-002"
BATCH = 4
RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
)


def with_retries(fn, *args, attempts=4, **kwargs):
    delay = 0.01
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as err:
            if attempt == attempts - 1:
                raise
            print(f"retrying after {type(err).__name__}")
            time.sleep(delay)
            delay *= 2


def embed_batch(texts):
    resp = with_retries(openai.Embedding.create, input=texts, engine=EMBEDDING_ENGINE)
    return [d["embedding"] for d in resp["data"]]


def embed_corpus(texts):
    vectors, skipped = {}, []
    for start in range(0, len(texts), BATCH):
        batch = texts[start:start + BATCH]
        try:
            for offset, vec in enumerate(embed_batch(batch)):
                vectors[start + offset] = vec
        except openai.error.InvalidRequestError:
            print(f"batch at {start} rejected, embedding one by one")
            for offset, text in enumerate(batch):
                try:
                    vectors[start + offset] = embed_batch([text])[0]
                except openai.error.InvalidRequestError:
                    skipped.append(start + offset)
    return vectors, skipped


corpus = [
    "Line one of the log",
    "Line two of the log",
    "",
    "Line four of the log",
    "Line five of the log",
    "Line six of the log",
]
vectors, skipped = embed_corpus(corpus)
print(f"embedded {len(vectors)} of {len(corpus)} rows; skipped rows {skipped}")
print("dims:", sorted({len(v) for v in vectors.values()}))
