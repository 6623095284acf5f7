import asyncio
import base64

import openai


async def draw(prompt):
    response = await openai.Image.acreate(
        prompt=prompt,
        size="1024x1024",
        response_format="b64_json",
    )
    return base64.b64decode(response["data"][0]["b64_json"])


def main():
    image = asyncio.run(draw("a paper boat"))
    print(image[:4] == b"\x89PNG")


if __name__ == "__main__":
    main()
