"""Workshop demo: concurrent calls against the local stand-in client (no network)."""
import asyncio

from llm_client import ChatCompletion, Embedding, RateLimitError


async def ask(prompt, sem):
    async with sem:
        try:
            resp = await ChatCompletion.acreate(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
                max_tokens=8,
                request_timeout=10,
            )
        except RateLimitError:
            return "(rate limited)"
    return resp["choices"][0]["message"]["content"]


async def main():
    sem = asyncio.Semaphore(2)
    prompts = ["hello world", "banana bread", "async all the things"]
    answers = await asyncio.gather(*(ask(p, sem) for p in prompts))
    for p, a in zip(prompts, answers):
        print(p, "->", a)
    emb = await Embedding.acreate(input=prompts, model="text-embedding-ada-002")
    print([d["embedding"] for d in emb["data"]])
    print("calls:", ChatCompletion.calls)


asyncio.run(main())
