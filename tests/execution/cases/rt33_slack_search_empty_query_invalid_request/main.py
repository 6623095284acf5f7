"""Slack-style slash commands: /kb search (embeddings) and /kb ask (chat), with error replies."""
import math

import openai

DOCS = [
    "Expense reports are due on the 5th of each month.",
    "The VPN must be used on public wifi.",
    "Lunch is served at noon on Fridays.",
]
_doc_vectors = None


def embed(texts):
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
    return [d["embedding"] for d in sorted(resp["data"], key=lambda d: d["index"])]


def doc_vectors():
    global _doc_vectors
    if _doc_vectors is None:
        _doc_vectors = embed(DOCS)
    return _doc_vectors


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def kb_search(text):
    [q] = embed([text])
    best = max(range(len(DOCS)), key=lambda i: dot(q, doc_vectors()[i]))
    return f"best match ({dot(q, doc_vectors()[best]):.2f}): {DOCS[best]}"


def kb_ask(text):
    context = "\n".join(DOCS)
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Answer using only this handbook:\n" + context},
            {"role": "user", "content": text},
        ],
        max_tokens=25,
    )
    return resp.choices[0].message.content


SUBCOMMANDS = {"search": kb_search, "ask": kb_ask}


def handle_slash(payload):
    sub, _, text = payload["text"].partition(" ")
    fn = SUBCOMMANDS.get(sub)
    if fn is None:
        return {"response_type": "ephemeral", "text": "usage: /kb search|ask <text>"}
    try:
        return {"response_type": "in_channel", "text": fn(text)}
    except openai.error.InvalidRequestError as e:
        return {"response_type": "ephemeral", "text": f"Sorry, I could not do that (HTTP {e.http_status})."}
    except openai.error.OpenAIError:
        return {"response_type": "ephemeral", "text": "OpenAI is having trouble, try later."}


for text in [
    "search Expense reports are due on the 5th of each month.",
    "search ",
    "ask when is lunch?",
    "help",
]:
    out = handle_slash({"user_name": "sam", "text": text})
    print(f"/kb {text!r}: [{out['response_type']}] {out['text']}")
