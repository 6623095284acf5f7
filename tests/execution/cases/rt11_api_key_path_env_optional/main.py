import os

import openai

# Either a key file (OPENAI_API_KEY_PATH) or the OPENAI_API_KEY variable
openai.api_key_path = os.environ.get("OPENAI_API_KEY_PATH")
if openai.api_key_path is None:
    openai.api_key = os.environ["OPENAI_API_KEY"]

response = openai.Embedding.create(model="text-embedding-ada-002", input=["cat", "dog"])
for item in response.data:
    print(item.index, len(item.embedding))
print("tokens:", response.usage.total_tokens)
