import openai

from retry import with_retries


def chat(messages):
    return with_retries(openai.ChatCompletion.create, model="gpt-3.5-turbo", messages=messages)


def embed(text):
    return with_retries(openai.Embedding.create, model="text-embedding-ada-002", input=text)
