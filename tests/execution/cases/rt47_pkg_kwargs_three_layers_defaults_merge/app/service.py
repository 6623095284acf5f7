from . import client

SYSTEM = "You write crisp summaries."


def summarize(text, **kwargs):
    reply, _ = client.chat([{"role": "system", "content": SYSTEM},
                            {"role": "user", "content": f"Summarize: {text}"}], **kwargs)
    return reply


def title(text, **kwargs):
    reply, tokens = client.chat([{"role": "user", "content": f"Title for: {text}"}],
                                **{"max_tokens": 6, **kwargs})
    return reply, tokens
