import asyncio
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

CHAT_MODEL = "gpt-3.5-turbo-0613"
_lock = asyncio.Semaphore(2)


async def achat(prompt, system=None):
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    async with _lock:
        response = await openai.ChatCompletion.acreate(model=CHAT_MODEL, messages=messages)
    return response.choices[0].message.content


async def aembed(texts):
    response = await openai.Embedding.acreate(model="text-embedding-ada-002", input=texts)
    return [d.embedding for d in response.data]
