import asyncio

import openai


async def translate(word, language):
    resp = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Translate the word."},
            {"role": "user", "content": f"{word} -> {language}"},
        ],
    )
    return resp["choices"][0]["message"]["content"]


async def run():
    results = await asyncio.gather(*(translate("house", lang) for lang in ("German", "Italian")))
    print("\n".join(results))


def main():
    asyncio.run(run())


if __name__ == "__main__":
    main()
