"""Summarize notes concurrently, then embed all summaries in one request and cluster-ish."""
import asyncio

import openai

NOTES = [
    "Meeting moved to Thursday; bring the budget draft.",
    "Server outage at 3am traced to a full disk.",
    "Budget draft needs marketing numbers by Wednesday.",
    "Disk alerts should page the on-call engineer.",
]


async def summarize(note):
    r = await openai.ChatCompletion.acreate(
        model="gpt-4",
        messages=[{"role": "user", "content": "Summarize in 5 words: " + note}],
        max_tokens=20,
    )
    return r.choices[0].message.content


async def main():
    summaries = await asyncio.gather(*map(summarize, NOTES))
    emb = await openai.Embedding.acreate(model="text-embedding-ada-002", input=list(summaries))
    vectors = [item.embedding for item in sorted(emb.data, key=lambda x: x.index)]
    print("usage:", emb.usage.prompt_tokens)
    for i, s in enumerate(summaries):
        best = max((j for j in range(len(vectors)) if j != i),
                   key=lambda j: sum(a * b for a, b in zip(vectors[i], vectors[j])))
        print(f"{i} -> {best}: {s}")


asyncio.run(main())
