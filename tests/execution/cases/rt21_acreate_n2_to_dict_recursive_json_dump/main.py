"""Generate two headline variants per article concurrently and archive the raw responses."""
import asyncio
import json
import os
import tempfile

import openai

ARTICLES = {
    "a1": "City council approves new bike lanes downtown.",
    "a2": "Local bakery wins national bread award.",
    "a3": "Heatwave expected to last until Sunday.",
}


async def headlines(article_id, text):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Write a headline: " + text}],
        n=2,
    )
    return article_id, response.to_dict_recursive()


async def main():
    pairs = await asyncio.gather(*(headlines(k, v) for k, v in ARTICLES.items()))
    archive = os.path.join(tempfile.mkdtemp(), "headlines.json")
    with open(archive, "w") as f:
        json.dump(dict(pairs), f, indent=2)
    with open(archive) as f:
        saved = json.load(f)
    for article_id in sorted(saved):
        raw = saved[article_id]
        variants = [c["message"]["content"] for c in raw["choices"]]
        print(article_id, raw["object"], len(variants), raw["usage"]["completion_tokens"])
        for v in variants:
            print("   ", v)


asyncio.run(main())
