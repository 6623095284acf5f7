import math
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

DIM = 1024  # text-search-ada-* vectors


def get_embedding(text, model="text-search-ada-doc-001"):
    text = text.replace("\n", " ")
    vec = openai.Embedding.create(input=[text], model=model)["data"][0]["embedding"]
    if len(vec) != DIM:
        raise ValueError(f"unexpected embedding size {len(vec)}")
    return vec


def cos(a, b):
    num = sum(x * y for x, y in zip(a, b))
    den = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return num / den if den else 0.0


notes = [
    "Meeting with the design team moved to Thursday.",
    "Buy milk, eggs and coffee beans.",
    "The deploy script needs the staging credentials.",
    "Call the dentist to reschedule the cleaning.",
]
index = [(n, get_embedding(n)) for n in notes]

for query in ["groceries", "when is the design meeting"]:
    qv = get_embedding(query, model="text-search-ada-query-001")
    top = sorted(index, key=lambda item: cos(qv, item[1]), reverse=True)[:2]
    print(query)
    for note, vec in top:
        print(f"  {cos(qv, vec):.4f} {note}")
