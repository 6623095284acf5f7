"""Stream two stories with acreate(stream=True) through an async generator into files."""
import asyncio
import os
import tempfile

import openai


async def stream_chat(prompt, model="gpt-3.5-turbo"):
    response = await openai.ChatCompletion.acreate(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        temperature=0.7,
    )
    async for chunk in response:
        content = chunk.choices[0].delta.get("content")
        if content:
            yield content


async def write_story(title, out_dir):
    tokens = [tok async for tok in stream_chat(f"Write a tiny story called {title}")]
    path = os.path.join(out_dir, title.lower().replace(" ", "_") + ".txt")
    with open(path, "w") as f:
        f.write("".join(tokens))
    return title, len(tokens), path


async def main():
    out_dir = tempfile.mkdtemp()
    titles = ["The Lost Key", "Moon Garden"]
    results = await asyncio.gather(*(write_story(t, out_dir) for t in titles))
    for title, n_tokens, path in results:
        with open(path) as f:
            print(f"{title} ({n_tokens} chunks): {f.read()}")


asyncio.run(main())
