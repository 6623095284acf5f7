import openai

from .config import MAX_SUMMARY_TOKENS, MODEL


def ask(prompt):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=MAX_SUMMARY_TOKENS,
        temperature=0,
    )
    usage = response["usage"]
    return response["choices"][0]["message"]["content"], usage["total_tokens"]
