import asyncio

import openai

CHAPTERS = [
    "Chapter one introduces the lighthouse keeper and his dog.",
    "Chapter two: a storm wrecks a fishing boat near the rocks.",
    "Chapter three: the keeper rescues the crew and the town celebrates.",
]


async def summarize(i, text, sem):
    async with sem:
        resp = await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": "Summarize in five words."},
                      {"role": "user", "content": text}],
            max_tokens=12,
            temperature=0,
        )
    return i, resp["choices"][0]["message"]["content"]


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(summarize(i, t, sem) for i, t in enumerate(CHAPTERS)))
    for i, summary in sorted(results):
        print(i, summary)
    combined = " ".join(s for _, s in sorted(results))
    final = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "One-line blurb for: " + combined}],
        max_tokens=20,
    )
    print("blurb:", final.choices[0].message.content)


asyncio.run(main())
