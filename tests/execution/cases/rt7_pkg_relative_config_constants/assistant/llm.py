import openai

from .config import MAX_TOKENS, MODEL, SYSTEM_PROMPT


def ask(question):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": question},
        ],
        max_tokens=MAX_TOKENS,
    )
    return response["choices"][0]["message"]["content"].strip()
