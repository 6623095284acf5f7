import asyncio

from anthropic import AI_PROMPT, HUMAN_PROMPT, AsyncAnthropic

MODEL = "claude-instant-1.2"
client = AsyncAnthropic()


async def ask(question):
    reply = await client.completions.create(model=MODEL, max_tokens_to_sample=50,
                                            prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}")
    return reply.completion.strip()


async def main():
    answers = await asyncio.gather(ask("2 + 2?"), ask("Capital of France?"))
    for answer in answers:
        print(answer)


if __name__ == "__main__":
    asyncio.run(main())
