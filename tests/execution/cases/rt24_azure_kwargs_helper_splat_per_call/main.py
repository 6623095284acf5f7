import os

import openai


def azure_kwargs():
    return dict(
        api_type="azure",
        api_base=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2023-05-15",
    )


def classify(text):
    resp = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": f"Classify sentiment: {text}"}],
        **azure_kwargs(),
    )
    return resp["choices"][0]["message"]["content"]


def embed(text):
    resp = openai.Embedding.create(engine="embeddings", input=text, **azure_kwargs())
    return resp["data"][0]["embedding"]


print(classify("The delivery was late again"))
print(len(embed("late delivery")))
