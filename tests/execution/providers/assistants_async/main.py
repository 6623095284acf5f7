"""An async helper on AsyncOpenAI: every Assistants call awaited."""
import asyncio

from openai import AsyncOpenAI

client = AsyncOpenAI()


async def explain(term):
    assistant = await client.beta.assistants.create(
        model="gpt-4o", instructions="Explain terms to a ten-year-old."
    )
    thread = await client.beta.threads.create()
    await client.beta.threads.messages.create(thread_id=thread.id, role="user", content=term)
    run = await client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id
    )
    print(run.status)
    messages = await client.beta.threads.messages.list(thread_id=thread.id)
    return messages.data[0].content[0].text.value


async def main():
    for term in ("photosynthesis", "gravity"):
        print(await explain(term))


if __name__ == "__main__":
    asyncio.run(main())
