import openai

from constants import MODEL, SYSTEM


def stream_chat(history, model=MODEL):
    """Yield (kind, value) events: ('delta', text) for each piece, then ('done', reason)."""
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "system", "content": SYSTEM}] + history,
        stream=True,
    )
    for chunk in response:
        choice = chunk["choices"][0]
        delta = choice["delta"]
        if "content" in delta and delta["content"]:
            yield "delta", delta["content"]
        if choice["finish_reason"] is not None:
            yield "done", choice["finish_reason"]
