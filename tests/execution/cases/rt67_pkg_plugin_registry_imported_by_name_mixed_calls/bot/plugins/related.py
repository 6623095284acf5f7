import openai

from bot.registry import command

TOPICS = ["cooking pasta", "fixing a bicycle", "learning guitar"]


def _vectors(texts):
    data = openai.Embedding.create(engine="text-embedding-ada-002", input=texts)["data"]
    return [d["embedding"] for d in data]


@command("related")
def related(text):
    query, *topics = _vectors([text] + TOPICS)
    scores = [sum(a * b for a, b in zip(query, t)) for t in topics]
    best = max(range(len(TOPICS)), key=scores.__getitem__)
    return f"{TOPICS[best]} ({scores[best]:.3f})"
