import asyncio

import openai


class AsyncLLM:
    def __init__(self, model="gpt-3.5-turbo", concurrency=2):
        self.model = model
        self._sem = asyncio.Semaphore(concurrency)

    async def agenerate(self, prompt):
        async with self._sem:
            response = await openai.ChatCompletion.acreate(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
            )
        return response.choices[0].message.content

    async def amap(self, prompts):
        return await asyncio.gather(*(self.agenerate(p) for p in prompts))


async def main():
    llm = AsyncLLM()
    results = await llm.amap(["alpha", "beta", "gamma"])
    for r in results:
        print(r)


if __name__ == "__main__":
    asyncio.run(main())
