"""Azure OpenAI with an Azure AD token (from `az account get-access-token`, exported by CI)."""
import os

import openai

openai.api_type = "azure_ad"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
# the CI job exports the token; locally it is the same variable
openai.api_key = os.environ.get("AZURE_OPENAI_AD_TOKEN", os.environ["AZURE_OPENAI_API_KEY"])


def classify(text):
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[
            {"role": "system", "content": "Label the sentiment."},
            {"role": "user", "content": text},
        ],
    )
    return response["choices"][0]["message"]["content"]


for line in ["I love this keyboard", "The battery died in a day"]:
    print(classify(line))
