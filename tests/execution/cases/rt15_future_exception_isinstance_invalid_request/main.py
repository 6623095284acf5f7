from concurrent.futures import ThreadPoolExecutor

import openai

DOCS = ["solar panels on the roof", "", "wind turbines offshore", "hydroelectric dams"]


def embed(text):
    result = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return result["data"][0]["embedding"]


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(embed, doc) for doc in DOCS]

ok, failed = 0, 0
for doc, fut in zip(DOCS, futures):
    err = fut.exception()
    if err is None:
        ok += 1
        print(f"{doc!r}: {len(fut.result())} dims")
    elif isinstance(err, openai.error.InvalidRequestError):
        failed += 1
        print(f"{doc!r}: rejected by the API")
    else:
        raise err
print(f"{ok} embedded, {failed} rejected")
