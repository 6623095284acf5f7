import openai

from app import openai_setup


def autocomplete(prefix):
    r = openai.Completion.create(
        model=openai_setup.COMPLETION_MODEL,
        prompt=prefix,
        max_tokens=12,
        stop=["."],
    )
    return r["choices"][0]["text"]
