import openai

import cache

MODEL = "gpt-3.5-turbo"


def cached_chat(prompt):
    key = MODEL + "::" + prompt
    hit = cache.load(key)
    if hit is not None:
        return hit
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=60,
    )
    cache.store(key, response.to_dict_recursive())
    return response
