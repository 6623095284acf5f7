"""Azure OpenAI helpers bound once with functools.partial: every call uses the same deployment."""
import functools
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

chat = functools.partial(openai.ChatCompletion.create, engine="chat", temperature=0,
                         max_tokens=40)
embed = functools.partial(openai.Embedding.create, engine="embeddings")


def answer(question):
    r = chat(messages=[{"role": "user", "content": question}])
    return r["choices"][0]["message"]["content"], r["choices"][0]["finish_reason"]


print(answer("What is the refund window?"))
print(answer("Short: hello"))
vectors = embed(input=["refund", "return policy"])["data"]
print(len(vectors), len(vectors[0]["embedding"]))
