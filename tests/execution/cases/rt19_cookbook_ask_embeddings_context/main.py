import math
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

EMBEDDING_MODEL = "text-embedding-ada-002"
GPT_MODEL = "gpt-3.5-turbo"

documents = [
    "Curling at the 2022 Winter Olympics was held at the Beijing National Aquatics Centre.",
    "The men's curling tournament was won by Sweden, who beat Great Britain in the final.",
    "Italy won the mixed doubles curling event, beating Norway 8 to 5.",
    "The women's tournament was won by Great Britain, who beat Japan 10 to 3.",
    "Figure skating took place at the Capital Indoor Stadium.",
]

response = openai.Embedding.create(model=EMBEDDING_MODEL, input=documents)
doc_embeddings = [item["embedding"] for item in response["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def strings_ranked_by_relatedness(query, top_n=3):
    query_embedding_response = openai.Embedding.create(model=EMBEDDING_MODEL, input=query)
    query_embedding = query_embedding_response["data"][0]["embedding"]
    strings_and_relatednesses = [
        (doc, cosine(query_embedding, emb)) for doc, emb in zip(documents, doc_embeddings)
    ]
    strings_and_relatednesses.sort(key=lambda x: x[1], reverse=True)
    strings, relatednesses = zip(*strings_and_relatednesses)
    return strings[:top_n], relatednesses[:top_n]


def num_tokens(text, model=GPT_MODEL):
    """Return the number of tokens in a string (rough: tiktoken is not installed here)."""
    return len(text.split())


def query_message(query, model, token_budget):
    strings, relatednesses = strings_ranked_by_relatedness(query)
    introduction = 'Use the below articles on the 2022 Winter Olympics to answer the subsequent question. If the answer cannot be found in the articles, write "I could not find an answer."'
    question = f"\n\nQuestion: {query}"
    message = introduction
    for string in strings:
        next_article = f'\n\nWikipedia article section:\n"""\n{string}\n"""'
        if num_tokens(message + next_article + question, model=model) > token_budget:
            break
        else:
            message += next_article
    return message + question


def ask(query, model=GPT_MODEL, token_budget=4096 - 500, print_message=False):
    message = query_message(query, model=model, token_budget=token_budget)
    if print_message:
        print(message)
    messages = [
        {"role": "system", "content": "You answer questions about the 2022 Winter Olympics."},
        {"role": "user", "content": message},
    ]
    response = openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=0,
    )
    response_message = response["choices"][0]["message"]["content"]
    return response_message


strings, relatednesses = strings_ranked_by_relatedness("curling gold medal", top_n=2)
for string, relatedness in zip(strings, relatednesses):
    print(f"{relatedness=:.3f}")
    print(string)

print(ask("Which athletes won the gold medal in curling at the 2022 Winter Olympics?")[-120:])
print(ask("Who won the women's curling?", token_budget=60, print_message=True)[:40])
