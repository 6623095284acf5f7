import asyncio

import openai


async def complete(prompt, model="gpt-3.5-turbo", retries=3):
    for attempt in range(retries):
        try:
            response = await openai.ChatCompletion.acreate(
                model=model,
                messages=[{"role": "user", "content": prompt}],
            )
            return response.choices[0].message.content
        except (openai.error.RateLimitError, openai.error.ServiceUnavailableError):
            await asyncio.sleep(2 ** attempt)
        except openai.error.InvalidRequestError as e:
            return f"skipped ({e.code})"
    return "gave up"


async def main():
    jobs = [complete("first task"), complete("second task"),
            complete("third task", model="gpt-4-turbo-preview-typo")]
    for result in await asyncio.gather(*jobs):
        print(result)


asyncio.run(main())
