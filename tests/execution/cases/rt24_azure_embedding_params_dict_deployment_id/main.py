import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

EMBEDDINGS_DEPLOYMENT = "embeddings"
BATCH_SIZE = 2


def embed_documents(docs):
    vectors = []
    for start in range(0, len(docs), BATCH_SIZE):
        batch = docs[start:start + BATCH_SIZE]
        params = {"deployment_id": EMBEDDINGS_DEPLOYMENT, "input": batch}
        response = openai.Embedding.create(**params)
        rows = sorted(response["data"], key=lambda row: row["index"])
        vectors.extend(row["embedding"] for row in rows)
    return vectors


docs = ["alpha release notes", "beta feedback", "general availability plan"]
vecs = embed_documents(docs)
print(len(vecs), [round(v[0], 5) for v in vecs])
