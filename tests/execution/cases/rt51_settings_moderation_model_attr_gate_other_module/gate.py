import openai

import settings


def blocked(messages):
    """Moderate every user turn of a conversation in one request."""
    texts = [m["content"] for m in messages if m["role"] == "user"]
    resp = openai.Moderation.create(input=texts, model=settings.MODERATION_MODEL)
    return [t for t, r in zip(texts, resp.results) if r.flagged]
