import asyncio

import openai

FEWSHOT = "Country: France\nCapital: Paris\nCountry: {country}\nCapital:"
COUNTRIES = ["Japan", "Kenya", "Chile", "Norway"]


async def capital(country, sem):
    async with sem:
        response = await openai.Completion.acreate(
            engine="text-davinci-003",
            prompt=FEWSHOT.format(country=country),
            max_tokens=5,
            stop="\n",
            temperature=0,
        )
    choice = response.choices[0]
    return country, choice.text.strip(), choice.finish_reason, response.usage.completion_tokens


async def main():
    sem = asyncio.Semaphore(3)
    rows = await asyncio.gather(*(capital(c, sem) for c in COUNTRIES))
    for country, text, finish, tokens in sorted(rows, key=lambda r: (len(r[1]), r[0])):
        print(f"{country:7} {finish:6} {tokens} {text!r}")
    print("completion tokens:", sum(r[3] for r in rows))


asyncio.run(main())
