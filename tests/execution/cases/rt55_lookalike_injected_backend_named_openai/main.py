import asyncio

from backends import Echo


async def stream_answer(openai, question, model="gpt-3.5-turbo"):
    """`openai` is whatever backend the app was started with (the hosted one in production)."""
    response = await openai.ChatCompletion.acreate(
        model=model,
        messages=[{"role": "user", "content": question}],
        temperature=0,
        stream=True,
    )
    text = ""
    async for chunk in response:
        text += chunk["choices"][0]["delta"].get("content", "")
    return text.strip()


async def main():
    print(await stream_answer(Echo, "offline mode works"))
    print(await stream_answer(Echo, "and picks the model", model="gpt-4"))


asyncio.run(main())
