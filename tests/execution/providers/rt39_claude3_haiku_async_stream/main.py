import asyncio

import anthropic


async def main() -> None:
    client = anthropic.AsyncAnthropic()
    async with client.messages.stream(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{"role": "user", "content": "Write a haiku about the sea."}],
    ) as stream:
        async for text in stream.text_stream:
            print(text, end="", flush=True)
        print()
        final = await stream.get_final_message()
    print("output tokens:", final.usage.output_tokens)


asyncio.run(main())
