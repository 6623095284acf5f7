import openai

from chatui import settings


def stream_reply(history):
    """Yield the reply's text as it arrives."""
    response = openai.ChatCompletion.create(
        model=settings.MODEL,
        messages=[{"role": "system", "content": settings.SYSTEM_PROMPT}] + history,
        max_tokens=settings.MAX_TOKENS,
        stream=True,
    )
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if "content" in delta:
            yield delta["content"]
        finish = chunk["choices"][0]["finish_reason"]
        if finish is not None:
            yield f" [{finish}]"
