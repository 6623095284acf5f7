import asyncio

import openai


async def transcribe(path):
    with open(path, "rb") as f:
        result = await openai.Audio.atranscribe("whisper-1", f)
    return path, result.text


async def main():
    results = await asyncio.gather(transcribe("one.wav"), transcribe("two.wav"))
    for path, text in results:
        print(path, "=>", text)


if __name__ == "__main__":
    asyncio.run(main())
