import asyncio

import openai

try:
    from openai import AsyncOpenAI
    aclient = AsyncOpenAI()
except ImportError:
    aclient = None

TITLE_MODEL = "gpt-3.5-turbo"


async def title(text):
    messages = [{"role": "user", "content": "Title for: " + text}]
    if aclient is not None:
        r = await aclient.chat.completions.create(model=TITLE_MODEL, messages=messages)
        return r.choices[0].message.content
    r = await openai.ChatCompletion.acreate(model=TITLE_MODEL, messages=messages)
    return r.choices[0].message.content


async def summary(text):
    # TODO port to aclient like title()
    r = await openai.ChatCompletion.acreate(
        model="gpt-4",
        messages=[{"role": "user", "content": "Summarize: " + text}],
        max_tokens=12,
    )
    return r["choices"][0]["message"]["content"], r["choices"][0]["finish_reason"]


def keywords(text):
    r = openai.Completion.create(model="text-curie-001", prompt="Keywords: " + text, max_tokens=8)
    return r["choices"][0]["text"].strip()


async def main():
    posts = ["Rust 1.74 released with new cargo features", "How we cut our cloud bill in half"]
    titles = await asyncio.gather(*(title(p) for p in posts))
    summaries = await asyncio.gather(*(summary(p) for p in posts))
    for p, t, s in zip(posts, titles, summaries):
        print(t)
        print(s)
        print(keywords(p))


if __name__ == "__main__":
    asyncio.run(main())
