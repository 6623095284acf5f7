from concurrent.futures import ThreadPoolExecutor, as_completed

import openai

SENTENCES = [f"Sentence number {i} about topic {i % 3}" for i in range(7)]
BATCH = 3


def embed(batch):
    resp = openai.Embedding.create(input=batch, model="text-embedding-ada-002")
    return [item["embedding"] for item in resp["data"]]


def embed_parallel(texts):
    out = [None] * len(texts)
    with ThreadPoolExecutor(max_workers=3) as ex:
        futures = {ex.submit(embed, texts[i:i + BATCH]): i for i in range(0, len(texts), BATCH)}
        for fut in as_completed(futures):
            start = futures[fut]
            for offset, vec in enumerate(fut.result()):
                out[start + offset] = vec
    return out


vecs = embed_parallel(SENTENCES)
print("embedded", sum(v is not None for v in vecs), "of", len(SENTENCES), "dim", len(vecs[0]))
print("checksum", round(sum(v[0] for v in vecs), 4))
