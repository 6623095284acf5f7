# Exported from a Colab notebook ("Cell 1: setup", "Cell 2: helpers", "Cell 3: run").
import os

from openai import *

# Cell 2
def summarize(text):
    result = ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarize in one sentence."},
                  {"role": "user", "content": text}],
    )
    return result["choices"][0]["message"]["content"]


def embed_len(text):
    return len(Embedding.create(model="text-embedding-ada-002", input=text)["data"][0]["embedding"])


# Cell 3
article = "The city council approved the new bike lanes after a two-hour debate on Tuesday."
print(summarize(article))
print(embed_len(article))
print(bool(os.environ.get("OPENAI_API_KEY")))
