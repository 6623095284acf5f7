import asyncio

import openai


async def ask(question, timeout=10):
    response = await asyncio.wait_for(
        openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
        ),
        timeout=timeout,
    )
    return response["choices"][0]["message"]["content"]


async def main():
    print(await ask("What's the speed of light?"))
    try:
        print(await ask("[slow] What's the speed of sound?", timeout=0.5))
    except asyncio.TimeoutError:
        print("timed out")


if __name__ == "__main__":
    asyncio.run(main())
