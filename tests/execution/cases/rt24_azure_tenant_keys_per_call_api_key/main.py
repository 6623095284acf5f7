import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"

TENANT_KEYS = {
    "contoso": os.environ["AZURE_OPENAI_API_KEY"],
    "fabrikam": os.environ["AZURE_OPENAI_API_KEY"],
}


def answer_for(tenant, question):
    response = openai.ChatCompletion.create(
        engine="chat",
        api_key=TENANT_KEYS[tenant],
        messages=[
            {"role": "system", "content": f"You answer for {tenant}."},
            {"role": "user", "content": question},
        ],
    )
    return response["choices"][0]["message"]["content"]


for tenant in sorted(TENANT_KEYS):
    print(tenant, "|", answer_for(tenant, "What are your opening hours?"))
