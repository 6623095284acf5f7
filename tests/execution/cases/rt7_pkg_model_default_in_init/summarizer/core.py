import openai

from . import DEFAULT_MODEL


def summarize(text, model=DEFAULT_MODEL, max_words=20):
    completion = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": f"Summarize in at most {max_words} words."},
            {"role": "user", "content": text},
        ],
    )
    return completion["choices"][0]["message"]["content"]
