import os

import openai

from embed import embed

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_version = "2023-05-15"

vectors = embed(["invoice overdue", "payment reminder", "team lunch"])
print(len(vectors), len(vectors[0]))
print([round(sum(a * b for a, b in zip(vectors[0], v)), 4) for v in vectors])
