"""Multi-turn answers on the Chat Completions API (0.x module API)."""

import asyncio
from typing import Dict, List

import openai

from support_bot.config import CHAT_MODEL, MAX_REPLY_TOKENS

SYSTEM = {"role": "system", "content": "You are a patient support agent."}


def answer(history: List[Dict[str, str]], question: str) -> str:
    messages = [SYSTEM, *history, {"role": "user", "content": question}]
    completion = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=messages,
        max_tokens=MAX_REPLY_TOKENS,
    )
    content = completion["choices"][0]["message"]["content"]
    if completion["choices"][0]["finish_reason"] == "length":
        content += " ..."
    return content


async def answer_async(question: str) -> str:
    completion = await openai.ChatCompletion.acreate(
        model="gpt-4",
        messages=[SYSTEM, {"role": "user", "content": question}],
    )
    return completion.choices[0].message.content


async def answer_many(questions: List[str]) -> List[str]:
    return await asyncio.gather(*(answer_async(q) for q in questions))


def token_count(question: str) -> int:
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": question}],
        max_tokens=1,
    )
    usage = completion["usage"]
    return usage["prompt_tokens"]
