import asyncio

from anthropic import AI_PROMPT, HUMAN_PROMPT, AsyncAnthropic

client = AsyncAnthropic()


async def stream_answer(question: str) -> str:
    stream = await client.completions.create(
        model="claude-instant-1.2",
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
        max_tokens_to_sample=200,
        stream=True,
    )
    answer = ""
    async for completion in stream:
        answer += completion.completion
    return answer


async def main():
    for question in ["Define latency.", "Define throughput."]:
        answer = await stream_answer(question)
        print(repr(answer))


asyncio.run(main())
