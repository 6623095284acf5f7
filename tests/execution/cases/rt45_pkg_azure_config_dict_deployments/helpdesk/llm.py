import openai

from helpdesk.config import AZURE

openai.api_type = "azure"
openai.api_base = AZURE["endpoint"]
openai.api_version = AZURE["api_version"]
openai.api_key = AZURE["api_key"]


def answer(ticket):
    response = openai.ChatCompletion.create(
        engine=AZURE["chat_deployment"],
        messages=[
            {"role": "system", "content": "Answer IT tickets in one sentence."},
            {"role": "user", "content": ticket},
        ],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


def embed(texts):
    response = openai.Embedding.create(engine=AZURE["embedding_deployment"], input=texts)
    return [row["embedding"] for row in response["data"]]
