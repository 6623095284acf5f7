import json
import math

import openai

EMBED_MODEL = "text-embedding-ada-002"


def embed_handler(body):
    resp = openai.Embedding.create(model=EMBED_MODEL, input=body["text"])
    vec = resp["data"][0]["embedding"]
    return {"model": EMBED_MODEL, "dim": len(vec), "vector": [round(x, 4) for x in vec[:4]],
            "tokens": resp["usage"]["total_tokens"]}


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def similar_handler(body):
    texts = [body["query"]] + body["candidates"]
    resp = openai.Embedding.create(model=EMBED_MODEL, input=texts)
    vectors = [item["embedding"] for item in sorted(resp["data"], key=lambda d: d["index"])]
    query, rest = vectors[0], vectors[1:]
    scored = sorted(zip(body["candidates"], (cosine(query, v) for v in rest)),
                    key=lambda pair: pair[1], reverse=True)
    return {"ranking": [name for name, _ in scored]}


if __name__ == "__main__":
    print(json.dumps(embed_handler({"text": "hello world"})))
    print(json.dumps(similar_handler({"query": "fast food",
                                      "candidates": ["burger", "salad", "sushi", "pizza"]})))
