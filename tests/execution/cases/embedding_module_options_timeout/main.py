import asyncio

import math
import openai

# Request options shared by every embedding call of the indexer.
EMBED_OPTIONS = {
    "request_timeout": 30.0,
    "user": "indexer",
}


def embed(texts):
    response = openai.Embedding.create(
        model="text-embedding-ada-002",
        input=texts,
        **EMBED_OPTIONS
    )
    return [item["embedding"] for item in response["data"]]


async def embed_one(text):
    result = await openai.Embedding.acreate(model="text-embedding-ada-002", input=[text],
                                            **EMBED_OPTIONS)
    return result.data[0].embedding


def main():
    docs = ["refund policy", "shipping times", "opening hours"]
    vectors = embed(docs)
    query = asyncio.run(embed_one("when do you open"))
    scores = [sum(a * b for a, b in zip(query, vector))
              / (math.sqrt(sum(a * a for a in query)) * math.sqrt(sum(b * b for b in vector)))
              for vector in vectors]
    print(len(vectors), len(query), all(-1.0 <= score <= 1.0 for score in scores))


if __name__ == "__main__":
    main()
