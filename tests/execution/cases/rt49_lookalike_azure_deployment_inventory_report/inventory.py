"""The platform team's record of Azure OpenAI deployments, as exported from the portal in 2023.
Only printed in the quarterly report; nothing here calls a model."""

API_TYPE = "azure"
API_VERSION = "2023-05-15"

DEPLOYMENTS = {
    "chat": {"model": "gpt-35-turbo", "version": "0301", "engine": "chat", "region": "eastus"},
    "davinci": {"model": "text-davinci-003", "version": "1", "engine": "davinci",
                "region": "westeurope"},
    "embeddings": {"model": "text-embedding-ada-002", "version": "2", "engine": "embeddings",
                   "region": "eastus"},
    "gpt4": {"model": "gpt-4", "version": "0613", "engine": "gpt4", "region": "swedencentral"},
}

RETIRED_ON = {"text-davinci-003": "2024-06-14", "gpt-35-turbo": "2024-08-01"}
