import openai

from config import COMPLETIONS_API_PARAMS, EMBEDDING_MODEL


def embed(text):
    result = openai.Embedding.create(model=EMBEDDING_MODEL, input=text)
    return result["data"][0]["embedding"]


def answer(question, context):
    prompt = f"Context: {context}\nQ: {question}\nA:"
    response = openai.Completion.create(prompt=prompt, **COMPLETIONS_API_PARAMS)
    return response["choices"][0]["text"].strip(" \n")
