"""The same answers through an Azure OpenAI deployment (0.x configuration)."""

import openai

openai.api_type = "azure"
openai.api_base = "https://support-bot.openai.azure.com/"
openai.api_version = "2023-05-15"
openai.api_key = "set-by-deployment"


def azure_answer(question: str) -> str:
    response = openai.ChatCompletion.create(
        engine="support-gpt35",
        messages=[{"role": "user", "content": question}],
        temperature=0.2,
    )
    return response["choices"][0]["message"]["content"]
