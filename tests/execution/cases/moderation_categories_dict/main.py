import asyncio

import openai


def flagged_categories(text):
    result = openai.Moderation.create(input=text, model="text-moderation-latest")["results"][0]
    hits = sorted(name for name, hit in result["categories"].items() if hit)
    return result["flagged"], hits, round(result["category_scores"]["self-harm"], 3)


async def is_flagged(text):
    response = await openai.Moderation.acreate(text)
    return response["results"][0]["flagged"]


def main():
    print(flagged_categories("you are stupid"))
    print(flagged_categories("lovely weather"))
    print(asyncio.run(is_flagged("lovely weather")))


if __name__ == "__main__":
    main()
