import openai

from faqbot.cache import json_cache


@json_cache()
def complete(**kwargs):
    return openai.ChatCompletion.create(**kwargs)


def answer(question):
    response = complete(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        max_tokens=16,
    )
    return response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]
