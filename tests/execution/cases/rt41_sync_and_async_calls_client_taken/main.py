"""Batch title generator: an async fan-out for the titles, a sync call for the summary."""
import asyncio

import openai


class StorageClient:
    """Our blob-store client (the real one talks to S3)."""

    def __init__(self):
        self.objects = {
            "notes/a.txt": "Meeting moved to Thursday; bring the budget draft.",
            "notes/b.txt": "The new intern starts Monday and needs a laptop.",
        }

    def read(self, key):
        return self.objects[key]


client = StorageClient()


async def title_for(key):
    text = client.read(key)
    response = await openai.Completion.acreate(
        model="text-davinci-003",
        prompt=f"Give a three-word title for this note:\n{text}\nTitle:",
        max_tokens=10,
    )
    return key, response["choices"][0]["text"].strip()


async def all_titles():
    return await asyncio.gather(*(title_for(k) for k in sorted(client.objects)))


def summary(titles):
    joined = "; ".join(t for _, t in titles)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Summarize these note titles: {joined}"}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    titles = asyncio.run(all_titles())
    for key, title in titles:
        print(key, "->", title)
    print(summary(titles))
