import os

from langchain.embeddings.openai import OpenAIEmbeddings

# The test server stands in for https://<resource>.openai.azure.com (Azure's routes sit at its
# root); "embeddings" is the deployment.
AZURE_ENDPOINT = os.environ["OPENAI_API_BASE"].rsplit("/v1", 1)[0]

embedding = OpenAIEmbeddings(
    deployment="embeddings",
    openai_api_type=os.getenv("API_TYPE", "azure"),
    openai_api_base=AZURE_ENDPOINT,
    openai_api_key=os.environ["OPENAI_API_KEY"],
    openai_api_version="2023-05-15",
    chunk_size=1,
)
# embed_query needs tiktoken (not in the legacy venv); the request it makes:
reply = embedding.client.create(input=["hello"], **embedding._invocation_params)
print(len(reply["data"][0]["embedding"]))
