import os

import openai

from search import embed_query

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

INDEX = {"returns": [0.0] * 1536, "shipping": [0.0] * 1536}


def respond(message):
    vector = embed_query(message)
    topic = sorted(INDEX)[int(abs(sum(vector)) * 1000) % len(INDEX)]
    response = openai.ChatCompletion.create(
        engine="chat", messages=[{"role": "user", "content": f"[{topic}] {message}"}]
    )
    return len(vector), response["choices"][0]["message"]["content"]


for message in ["How do I return shoes?", "Where is my parcel?"]:
    print(*respond(message))
