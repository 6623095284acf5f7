import os

import openai

USE_AZURE = os.getenv("USE_AZURE", "true").lower() in ("1", "true", "yes")

if USE_AZURE:
    openai.api_type = "azure"
    openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
    openai.api_version = "2023-05-15"
    openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")
    CHAT_ENGINE = "chat"
else:
    openai.api_key = os.getenv("OPENAI_API_KEY")
    CHAT_ENGINE = "gpt-3.5-turbo"


def summarize(text):
    resp = openai.ChatCompletion.create(
        engine=CHAT_ENGINE,
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
        temperature=0,
    )
    return resp["choices"][0]["message"]["content"]


print(summarize("Quarterly revenue grew 12 percent while costs stayed flat."))
