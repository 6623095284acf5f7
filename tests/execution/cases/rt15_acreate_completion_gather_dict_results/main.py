import asyncio
import json

import openai

TITLES = {
    "p1": "Attention Is All You Need",
    "p2": "Deep Residual Learning for Image Recognition",
    "p3": "BERT: Pre-training of Deep Bidirectional Transformers",
}


async def keywords(paper_id, title):
    resp = await openai.Completion.acreate(
        model="text-davinci-003",
        prompt=f"Extract three keywords from the paper title: {title}\nKeywords:",
        max_tokens=30,
        temperature=0,
    )
    return paper_id, resp["choices"][0]["text"].strip()


async def run_all():
    pairs = await asyncio.gather(*[keywords(pid, t) for pid, t in TITLES.items()])
    return dict(pairs)


results = asyncio.run(run_all())
print(json.dumps(results, indent=2, sort_keys=True))
