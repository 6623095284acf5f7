import functools

import openai

generate = functools.partial(openai.Completion.create, engine="text-davinci-003", max_tokens=256)


def headline(article):
    r = generate(prompt=f"Write a headline for this article:\n{article}\nHeadline:", max_tokens=8)
    return r.choices[0].text.strip()


def tags(article):
    r = generate(prompt=f"List tags for this article:\n{article}\nTags:", temperature=0)
    return r.choices[0].text.strip()


ARTICLES = [
    "The city council approved a new bike lane network on Tuesday after a long debate.",
    "A local bakery won the national sourdough prize for the second year in a row.",
]

for a in ARTICLES:
    print(headline(a))
    print(tags(a))
