import openai

from config import MODELS, TEMPERATURE


def chat(question, context):
    r = openai.ChatCompletion.create(
        model=MODELS["chat"],
        messages=[{"role": "system", "content": "Context: " + context},
                  {"role": "user", "content": question}],
        temperature=TEMPERATURE["chat"],
    )
    return r["choices"][0]["message"]["content"]


def embed(text):
    return openai.Embedding.create(model=MODELS["embedding"], input=text)["data"][0]["embedding"]
