import asyncio

import openai


class AsyncChat:
    defaults = {"model": "gpt-3.5-turbo", "temperature": 0.3}

    def __init__(self, concurrency=2):
        self.semaphore = asyncio.Semaphore(concurrency)
        self.in_flight = 0
        self.peak = 0

    async def ask(self, question, **overrides):
        async with self.semaphore:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                response = await openai.ChatCompletion.acreate(
                    messages=[{"role": "user", "content": question}],
                    **{**self.defaults, **overrides},
                )
            finally:
                self.in_flight -= 1
        return response.choices[0].message.content


class AsyncGPT4(AsyncChat):
    defaults = {"model": "gpt-4", "temperature": 0}
