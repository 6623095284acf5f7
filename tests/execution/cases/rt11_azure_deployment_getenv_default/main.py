import os

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT", "https://my-resource.openai.azure.com/")
openai.api_version = os.getenv("AZURE_OPENAI_API_VERSION", "2023-05-15")
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")

CHAT_DEPLOYMENT = os.getenv("AZURE_OPENAI_CHAT_DEPLOYMENT", "chat")


def summarize(text):
    response = openai.ChatCompletion.create(
        engine=CHAT_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Summarize the text in one sentence."},
            {"role": "user", "content": text},
        ],
        max_tokens=200,
        temperature=0.3,
    )
    return response.choices[0].message.content.strip()


if __name__ == "__main__":
    print(summarize("The quarterly report shows revenue up 4 percent and costs flat."))
