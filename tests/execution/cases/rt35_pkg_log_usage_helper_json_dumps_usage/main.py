import math

import openai

import telemetry


def embed(texts):
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
    telemetry.log_usage("embedding", resp)
    return [item["embedding"] for item in resp["data"]]


def answer(question, context):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Answer from the context: " + context},
            {"role": "user", "content": question},
        ],
    )
    telemetry.log_usage("chat", resp)
    return resp["choices"][0]["message"]["content"]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


docs = ["Cats sleep most of the day.", "Rust has no garbage collector.", "Tea contains caffeine."]
question = "Does tea have caffeine?"
vectors = embed(docs + [question])
scores = [cosine(vectors[-1], v) for v in vectors[:-1]]
best = max(range(len(docs)), key=lambda i: scores[i])
print("best doc:", docs[best])
print("answer:", answer(question, docs[best]))
telemetry.report()
