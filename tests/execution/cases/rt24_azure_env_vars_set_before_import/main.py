import os

# Azure OpenAI settings, as the 2023 quickstart notebooks put them
os.environ["OPENAI_API_TYPE"] = "azure"
os.environ["OPENAI_API_BASE"] = os.environ["AZURE_OPENAI_ENDPOINT"]
os.environ["OPENAI_API_VERSION"] = "2023-05-15"
os.environ["OPENAI_API_KEY"] = os.environ["AZURE_OPENAI_API_KEY"]

import openai  # noqa: E402

DEPLOYMENT_NAME = "chat"

response = openai.ChatCompletion.create(
    engine=DEPLOYMENT_NAME,
    messages=[
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Does Azure OpenAI support customer managed keys?"},
    ],
    temperature=0.7,
)
print(response["choices"][0]["message"]["content"])
print("tokens:", response["usage"]["total_tokens"])
