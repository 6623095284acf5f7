import asyncio

import openai


async def numbered_pieces(prompt):
    """Each streamed piece with its position, as a progress display would show it."""
    response = await openai.Completion.acreate(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=20,
        stream=True,
    )
    pieces = []
    async for chunk in response:
        pieces.append(chunk["choices"][0]["text"])
    return list(enumerate(pieces))


async def main():
    pieces = await numbered_pieces("Name three colours")
    print(f"{len(pieces)} pieces")
    for number, piece in pieces:
        print(number, repr(piece))


asyncio.run(main())
