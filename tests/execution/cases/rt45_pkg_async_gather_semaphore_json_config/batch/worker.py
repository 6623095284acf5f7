import asyncio
import json
from pathlib import Path

import openai

CONFIG = json.loads((Path(__file__).resolve().parent / "config.json").read_text())
MAX_TOKENS = 6


async def translate(semaphore, sentence):
    async with semaphore:
        response = await openai.ChatCompletion.acreate(
            model=CONFIG["chat_model"],
            messages=[
                {"role": "system", "content": "Translate to French."},
                {"role": "user", "content": sentence},
            ],
            max_tokens=MAX_TOKENS,
        )
    return response["choices"][0]["message"]["content"], response["usage"]["completion_tokens"]


async def translate_all(sentences):
    semaphore = asyncio.Semaphore(CONFIG["max_concurrency"])
    return await asyncio.gather(*(translate(semaphore, s) for s in sentences))
