"""Caption a folder of thumbnails concurrently with GPT-4V."""
import asyncio
import base64
import os
import tempfile

import openai

CAPTION_MODEL = "gpt-4-vision-preview"


def make_thumbnails(folder):
    paths = []
    for name in ("cat", "bridge", "salad"):
        path = os.path.join(folder, f"{name}.png")
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + name.encode() * 3)
        paths.append(path)
    return paths


async def caption(path, semaphore):
    with open(path, "rb") as f:
        b64 = base64.b64encode(f.read()).decode()
    async with semaphore:
        response = await openai.ChatCompletion.acreate(
            model=CAPTION_MODEL,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": "Caption in five words."},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}",
                                                    "detail": "low"}},
            ]}],
            max_tokens=30,
        )
    return os.path.basename(path), response["choices"][0]["message"]["content"]


async def main():
    semaphore = asyncio.Semaphore(2)
    with tempfile.TemporaryDirectory() as folder:
        results = await asyncio.gather(*(caption(p, semaphore) for p in make_thumbnails(folder)))
    for name, text in results:
        print(f"{name:12} {text}")


asyncio.run(main())
