"""Classify support tickets concurrently, at most 3 requests in flight."""
import asyncio

import openai

MAX_CONCURRENCY = 3
LABELS = ["billing", "bug", "feature", "other"]
TICKETS = [
    "I was charged twice this month",
    "The export button does nothing",
    "Please add dark mode",
    "Where is your office?",
    "Refund my last invoice",
    "App freezes on login",
]


class Progress:
    def __init__(self, total):
        self.total = total
        self.done = 0

    def step(self):
        self.done += 1
        print(f"[{self.done}/{self.total}] done")


async def classify(idx, ticket, sem, progress):
    async with sem:
        completion = await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[
                {"role": "system",
                 "content": "Classify the ticket as one of: " + ", ".join(LABELS)},
                {"role": "user", "content": ticket},
            ],
            temperature=0,
            max_tokens=5,
        )
    progress.step()
    label = completion.choices[0].message.content
    return {"index": idx, "ticket": ticket, "label": label,
            "tokens": completion.usage.total_tokens}


async def run_all():
    sem = asyncio.Semaphore(MAX_CONCURRENCY)
    progress = Progress(len(TICKETS))
    tasks = [asyncio.ensure_future(classify(i, t, sem, progress)) for i, t in enumerate(TICKETS)]
    results = await asyncio.gather(*tasks)
    return sorted(results, key=lambda r: r["index"])


if __name__ == "__main__":
    results = asyncio.run(run_all())
    for r in results:
        print(r["index"], r["label"], r["tokens"])
    print("total tokens:", sum(r["tokens"] for r in results))
