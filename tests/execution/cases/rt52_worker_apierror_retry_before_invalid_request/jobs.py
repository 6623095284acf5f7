import openai

import config


def classify(payload):
    response = openai.ChatCompletion.create(
        model=config.CLASSIFY_MODEL,
        messages=[{"role": "system", "content": "Label the ticket: bug, question or praise."},
                  {"role": "user", "content": payload["text"]}],
    )
    return response.choices[0].message.content


def embed(payload):
    response = openai.Embedding.create(model=config.EMBED_MODEL, input=payload["text"])
    return f"{len(response.data[0].embedding)} dims"


JOBS = {"classify": classify, "embed": embed}
