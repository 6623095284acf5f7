import asyncio

import openai

JOBS = [
    ("summary", "gpt-3.5-turbo", "Summarize: the meeting moved to Friday."),
    ("title", "gpt-3.5-turbo-16k", "Give a title: quarterly report on sales."),
    ("draft", "company-writer-v2", "Draft: thank-you note to a customer."),
]


async def run(model, prompt):
    return await openai.ChatCompletion.acreate(
        model=model, messages=[{"role": "user", "content": prompt}]
    )


async def main():
    results = await asyncio.gather(*(run(m, p) for _, m, p in JOBS), return_exceptions=True)
    used = 0
    for (name, _, _), result in zip(JOBS, results):
        if isinstance(result, openai.error.OpenAIError):
            print(f"{name}: failed with status {result.http_status}")
            continue
        used += result["usage"]["total_tokens"]
        print(f"{name}: {result['choices'][0]['message']['content']}")
    print("tokens used:", used)


asyncio.run(main())
