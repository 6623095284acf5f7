"""An async bot class limiting concurrent OpenAI calls with a semaphore."""
import asyncio

import openai


class AsyncGPTBot:
    model = "gpt-3.5-turbo"

    def __init__(self, concurrency=2):
        self.sem = asyncio.Semaphore(concurrency)
        self.memory = {}

    async def _complete(self, messages):
        async with self.sem:
            response = await openai.ChatCompletion.acreate(
                model=self.model, messages=messages, max_tokens=50
            )
        return response

    async def handle(self, user_id, text):
        history = self.memory.setdefault(user_id, [])
        history.append({"role": "user", "content": text})
        response = await self._complete(history[-4:])
        content = response["choices"][0]["message"]["content"]
        history.append({"role": "assistant", "content": content})
        return user_id, content, response["usage"]["completion_tokens"]


class Gpt4Bot(AsyncGPTBot):
    model = "gpt-4"


async def main():
    for bot in (AsyncGPTBot(), Gpt4Bot(concurrency=1)):
        results = await asyncio.gather(
            bot.handle(1, "hey"), bot.handle(2, "yo"), bot.handle(3, "hello there")
        )
        for user_id, content, tokens in results:
            print(type(bot).__name__, user_id, content, tokens)


if __name__ == "__main__":
    asyncio.run(main())
