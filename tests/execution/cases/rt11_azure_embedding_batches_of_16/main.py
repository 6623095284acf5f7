import os

import openai

openai.api_type = "azure"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"

EMBEDDING_DEPLOYMENT = "embeddings"
BATCH_SIZE = 16  # Azure accepted at most 16 inputs per request in 2023


def embed_all(texts):
    vectors = []
    for start in range(0, len(texts), BATCH_SIZE):
        batch = texts[start:start + BATCH_SIZE]
        response = openai.Embedding.create(deployment_id=EMBEDDING_DEPLOYMENT, input=batch)
        vectors.extend(item["embedding"] for item in response["data"])
        print(f"batch {start // BATCH_SIZE}: {len(batch)} texts, {response['usage']['total_tokens']} tokens")
    return vectors


if __name__ == "__main__":
    texts = [f"product description number {i}" for i in range(40)]
    vectors = embed_all(texts)
    print(len(vectors), "vectors of", len(vectors[0]))
    print(round(sum(vectors[7][:10]), 6))
