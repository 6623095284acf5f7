"""A reusable async batch processor class from a 2023 data-labelling repo."""
import asyncio
import json

import openai


class BatchProcessor:
    def __init__(self, system_prompt, concurrency=2, model="gpt-3.5-turbo", max_retries=2):
        self.system_prompt = system_prompt
        self.model = model
        self.max_retries = max_retries
        self.sem = asyncio.Semaphore(concurrency)
        self.failures = 0

    async def _call(self, text):
        for attempt in range(self.max_retries + 1):
            try:
                async with self.sem:
                    return await openai.ChatCompletion.acreate(
                        model=self.model,
                        messages=[{"role": "system", "content": self.system_prompt},
                                  {"role": "user", "content": text}],
                        temperature=0,
                    )
            except (openai.error.RateLimitError, openai.error.APIConnectionError):
                await asyncio.sleep(2 ** attempt)
        raise RuntimeError("gave up")

    async def _one(self, idx, text):
        try:
            response = await self._call(text)
        except openai.error.InvalidRequestError:
            self.failures += 1
            return {"idx": idx, "label": None, "error": "invalid request"}
        return {"idx": idx, "label": response.choices[0].message.content, "error": None}

    async def run(self, texts):
        out = await asyncio.gather(*(self._one(i, t) for i, t in enumerate(texts)))
        return sorted(out, key=lambda r: r["idx"])


async def main():
    processor = BatchProcessor("Label the sentiment: positive or negative.")
    rows = await processor.run(["I love it", "Terrible service", "Would recommend"])
    print(json.dumps(rows, indent=2))
    print("failures:", processor.failures)


if __name__ == "__main__":
    asyncio.run(main())
